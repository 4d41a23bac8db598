"""holdout283, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text, written by hand."""

CASES = [
    dict(
        slug="cityforum-luchuan-griddle-smoke-thread-subject-jammer",
        site="潞川生活圈论坛 (invented county/city forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.lcshq.example.com/thread-902214-1-1.html",
        title="瑑安路早餐摊的饼铛油烟太大，能不能管一管？",
        record_title=None,
        date=None,
        notes="city forum: no record title, the thread subject holds it; jammer-font junk; a weather line, medals, "
        "a decoration ad and a 'passed on to the bureau' link; '2 小时前' is no date",
        page="""
<html><head><meta charset="gbk"><title>潞川生活圈论坛</title>
<style>.jammer{position:absolute;left:-999em}</style></head><body>
<div id="toptb">⟦m 潞川今天：小雨转多云　9～14℃⟧ <a>⟦a 圈友登录⟧</a> <a>⟦a 免费加入⟧</a></div>
<div id="hd">⟦m 潞川生活圈 · 家门口的论坛⟧</div>
<div id="pt">⟦m 潞川生活圈 › 民生直通车 › 投诉建议⟧</div>
<div class="adv">⟦a 广告｜瑞家装饰 老房翻新一口价 咨询 0870-2240888⟧</div>
<table class="plhin"><tr><td class="pls"><div class="pi">⟦m 五楼的窗⟧</div>
<p>⟦m 勋章：热心市民　实名认证⟧</p><p>⟦m 帖子 37　圈币 210⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 小时前　只看该作者　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="handled">⟦l 【已转交】本帖已转交涠湖区城市管理局处理，查看办理进度⟧</div>
<div class="po">⟦a 回复　收藏　顶一下　举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发 瑑安路老住户：同感，我家也是一股油味⟧</div>
<div class="reply">⟦l 板凳 涠湖城管（官方）：已收到，已安排街道中队现场核实⟧</div>
<div id="ft">⟦m 潞川生活圈论坛　滇ICP备16020019号　违规内容举报：jubao@lcshq.example.com⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住在瑑安路菜市场对面的五楼，楼下这半年新开了三家早餐摊，都用煤气饼铛烙饼，每天早上五点多就开火。
油烟顺着窗户往屋里灌，晾在阳台的衣服全是油味。家里老人有哮喘，早上根本不敢开窗。
我不是反对摆摊，大家起早贪黑都不容易。只是想问问，能不能让摊主换成带油烟净化的电饼铛，或者把摊位往菜市场里面挪一挪？
已经给社区打过电话，说会协调，希望相关部门能看到这个帖子。
""",
    ),
    dict(
        slug="countyforum-zhiling-lost-cow-bell-junk-text",
        site="郅岭论坛 (invented county forum)",
        style="地方论坛",
        genre="启事",
        kind="other",
        form="text",
        source="http://www.zhilingbbs.example.cn/thread-66019-1-1.html",
        title="一头戴铜牛铃的黄母牛走失，望乡亲们帮忙留意",
        record_title="[寻牛启事] 一头戴铜牛铃的黄母牛走失，望乡亲们帮忙留意 - 郅岭同城 - 郅岭论坛",
        date=None,
        notes="county forum in text: junk lines and junk glued after 。; the poster's own name and mobile in the "
        "body; '前天' is no date",
        page="""
!m 郅岭论坛 —— 郅岭人自己的网上家园
!m 首页 › 郅岭同城 › 寻人寻物
!t [寻牛启事] 一头戴铜牛铃的黄母牛走失，望乡亲们帮忙留意
!m 顺才大哥　发表于 前天 19:30　|　查看 2210　回复 31
{BODY}
!l 2楼 鄱塘老杨：我帮你在村群里转了
!l 3楼 山那边：昨天下午垭口那边好像有铃铛声，你去看看
!l 4楼 版主小雷：已置顶，祝早日找到
!a 登录后参与回复，手机号一键注册
!m 郅岭论坛 版权所有　滇ICP备17008840号
""",
        junk=dict(lines=2, glued=3),
        body="""
本人是嶒石镇嶔家岭村村民，家里一头黄母牛于本周二傍晚在后山放牧时走失。
牛的特征：四岁左右，毛色棕黄，左角缺了一小截，脖子上挂一只铜牛铃，铃身上刻着一个“罗”字。牛身上的智能定位铃前几天刚好没电，所以手机上找不到。
走失地点在嶔家岭后山垭口附近，可能顺着山沟往鄱塘村方向去了。
有看到的乡亲请帮忙留意，或者直接联系我：罗顺才，电话13987046215。找到后必有重谢！
""",
    ),
    dict(
        slug="download-wencai-rules-sealing-wax-doc-gb2312",
        site="文材下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.wencaixz.example.com/soft/4421.html",
        title="档案馆密封档案火漆使用管理规定",
        record_title="档案馆密封档案火漆使用管理规定.doc",
        date=None,
        notes="download station: file-info table, three mirror links, an unzip password, a dead-link report, an "
        "update stamp (no date); 第N条 articles; no date in the rules",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>档案馆密封档案火漆使用管理规定.doc - 文材下载站</title>
<script language="javascript">function showDown(){}</script></head><body>
<table width="980" align="center"><tr><td>⟦m 文材下载站 —— 办公文档一站下齐⟧</td>
<td align="right">⟦a 设为主页⟧ ⟦a 收藏文材⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页⟧</td><td>⟦m 规章制度⟧</td><td>⟦m 合同范本⟧</td><td>⟦m 表格模板⟧</td><td>⟦m 总结报告⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您在这里：文材下载站 → 规章制度 → 档案管理⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><b>⟦t 档案馆密封档案火漆使用管理规定.doc⟧</b></td></tr>
<tr><td>⟦m 文档大小：36 KB⟧</td><td>⟦m 文档格式：Word 97-2003⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-21 10:02⟧</td><td>⟦m 下载次数：1093⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr></table>
<table width="980" align="center"><tr><td class="intro">⟦m 内容预览：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td><a href="/down/4421-1">⟦a 电信线路下载⟧</a></td><td><a href="/down/4421-2">⟦a 联通线路下载⟧</a></td><td><a href="/down/4421-3">⟦a 备用线路下载⟧</a></td></tr>
<tr><td colspan="3">⟦a 压缩包解压密码：www.wencaixz.example.com⟧　<a href="/report.asp?id=4421">⟦a 链接失效请点这里反馈⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类推荐：机要文件交接登记制度.doc　档案库房温湿度管理办法.doc⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站文档均收集于网络，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 文材下载站　皖ICP备14015529号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范密封档案的火漆封存工作，确保档案实体安全，制定本规定。
第二条　本规定适用于本馆库房内需密封保存的档案、寄存档案和对外转递的档案。
第三条　火漆条由保管利用部统一采购、登记，存放在专用柜中，柜内温度不高于25℃。
第四条　火漆封存由两名工作人员共同完成，一人操作，一人核对，并在登记簿上签名。
第五条　火漆印模应清晰、完整，无裂纹、无气泡；发现火漆破损的，应立即报告部门负责人。
第六条　启封密封档案须经馆领导批准，启封后的火漆残片装袋留存备查。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="download-fanben-rules-griddle-markers-own-lines",
        site="范本仓下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="text",
        source="https://www.fanbencang.example.net/zhidu/hc/2290.html",
        title="食堂电饼铛安全操作规程",
        record_title="【后厨制度】食堂电饼铛安全操作规程[doc可改] - 范本仓",
        date=None,
        notes="download station in text: 第N条 articles cut by page markers ⌆ 第n页 ⌆ on lines of their own; a "
        "'下载后24小时' notice; no date",
        page="""
!m 范本仓 · 免费制度范本下载
!m 首页 > 规章制度 > 后厨管理
!t 【后厨制度】食堂电饼铛安全操作规程[doc可改]
!m 大小：24KB　|　格式：doc　|　下载：876 次　|　上架：5 个月前
!m 预览（共 2 页）：
{BODY}
!a 【高速下载】　【本地下载】　【网盘下载】
!a 下载不了？报告错误
!l 相关范本：食堂燃气灶安全操作规程　蒸饭柜使用管理制度　厨房消防安全制度
!d 范本仓资源来自网友投稿，仅供参考，请勿用于商业用途
""",
        pages=dict(fmt="⌆ 第{n}页 ⌆", every=110, start=2),
        body="""
第一条　操作人员须经培训合格后方可使用电饼铛，严禁无关人员操作。
第二条　使用前检查电源线、插头有无破损，确认饼铛放置平稳，周围50厘米内无易燃物。
第三条　接通电源后空锅预热3至5分钟，待指示灯熄灭后再刷油、下料，空烧不得超过10分钟。
第四条　翻面、取饼时应使用长柄铲并戴隔热手套，开盖时身体侧向一边，防止热油飞溅。
第五条　使用中如发现异味、冒烟或跳闸，应立即切断电源，并报告食堂管理员。
第六条　使用完毕先断电，待铛面冷却后用软布清洁，严禁用水直接冲洗。
第七条　本规程张贴于操作台旁，由食堂管理员负责监督执行。
""",
    ),
    dict(
        slug="pta-luchuan-notice-tea-art-appraisal-timetable",
        site="潞川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcrsks.example.gov.cn/zyjd/tz/202409/t20240925_3301.html",
        title="关于开展2024年第三批茶艺师职业技能等级认定的通知",
        record_title="〔职业技能等级认定〕关于开展2024年第三批茶艺师职业技能等级认定的通知 - 潞川人事考试网",
        date="2024-09-23",
        date_also=["2024-09-25"],
        notes="personnel-exam site: a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; 下载并打印准考证 as content; the centre's 考务咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔职业技能等级认定〕关于开展2024年第三批茶艺师职业技能等级认定的通知 - 潞川人事考试网</title>
<script src="/js/ks-float.js"></script></head><body>
<div class="notice-bar">⟦d 系统升级公告：9月28日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 潞川人事考试网⟧ <span>⟦m 潞川市人事考试中心　潞川市职业技能鉴定中心⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 公务员录用⟧</li><li>⟦m 事业单位公招⟧</li><li>⟦m 职业技能鉴定⟧</li><li>⟦m 成绩查询⟧</li></ul>
<div class="ks-pos">⟦m 首页 ＞ 职业技能鉴定 ＞ 考试通知⟧</div>
<div class="ks-art"><h1>{T}</h1>
<div class="ks-info">⟦m 发布日期：2024-09-25　信息来源：鉴定中心　阅读次数：3091⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-tools">⟦a 【打印】【关闭】【收藏本页】⟧</div></div>
<div id="zkz-float" style="position:fixed;left:0;top:260px">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ks-foot">⟦m 网站技术支持：潞川数联科技　系统故障电话：0870-2190999⟧<br>⟦m 滇ICP备11009035号-1⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
根据年度工作安排，我中心定于10月开展2024年第三批茶艺师职业技能等级认定。现将有关事项通知如下：
一、认定等级：五级（初级工）、四级（中级工）、三级（高级工）。
二、考核安排：
科目　日期　时间　地点
理论知识　10月19日　9:00—10:30　潞川技师学院机房
技能操作　10月20日　8:30起分批　潞川技师学院茶艺实训室
三、技能操作考核使用统一提供的白瓷盖碗，考生须现场完成盖碗冲泡和奉茶。
四、考生请于10月15日起登录本网站下载并打印准考证，凭准考证和身份证参加考核。
考务咨询电话：0870-2190436（工作日）。
潞川市职业技能鉴定中心
2024年9月23日
""",
    ),
    dict(
        slug="pta-haoyang-calligraphy-teacher-test-pdf",
        site="鄗阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.haoyang.gov.example.cn/jszp/2024/0718/4410.html",
        title="鄗阳县2024年公开招聘中小学书法教师技能测试公告",
        record_title="鄗阳县2024年公开招聘中小学书法教师技能测试公告.pdf",
        date="2024-07-18",
        notes="exam site in text: file-name title; candidates to bring their own 笔帘; 打印 a test notice as "
        "content; the bureau's 咨询电话 beside the site's technical line",
        page="""
!m 鄗阳人事考试网
!m 首页 ＞ 教师招聘 ＞ 考试公告
!t 鄗阳县2024年公开招聘中小学书法教师技能测试公告.pdf
!m 附件大小：198KB　　浏览次数：2764
{BODY}
!a 【打印】　【关闭窗口】
!m 网站技术支持电话：0872-4416999（仅限报名系统问题）
!m 鄗阳县人力资源和社会保障局　主办
""",
        body="""
经资格复审，现将鄗阳县2024年公开招聘中小学书法教师技能测试有关事项公告如下：
一、测试时间：7月27日上午8:30，考生须于8:00前到达考点报到。
二、测试地点：鄗阳县第一中学书法教室。
三、测试内容：现场书写楷书、行书作品各一幅，时间各60分钟。
四、考生须自带毛笔、笔帘、毛毡和砚台，宣纸和墨汁由考点统一提供。
五、考生请于7月24日后登录鄗阳人事考试网打印测试通知单。
咨询电话：0872-4416027。
鄗阳县教育体育局
2024年7月18日
""",
    ),
    dict(
        slug="tender-jianxi-inquiry-smart-cowbells-lots-ca",
        site="犍溪公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jianxi.gov.example.cn/jyxx/zfcg/xjgg/20240411/0317.html",
        title="犍溪县农业农村局智能定位牛铃采购项目询价公告",
        record_title="（货物类）犍溪县农业农村局智能定位牛铃采购项目询价公告 - 犍溪公共资源交易网",
        date="2024-04-11",
        notes="tender portal: a clock, a bid countdown, CA and trading-system lines; lots table one row a "
        "paragraph; purchaser and agency contacts in the body; date under the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>（货物类）犍溪县农业农村局智能定位牛铃采购项目询价公告 - 犍溪公共资源交易网</title>
<script>setInterval(function(){},1000);</script></head><body>
<div class="jy-top">⟦m 犍溪公共资源交易网⟧ <span id="clock">⟦m 北京时间 2024-04-12 09:31:07⟧</span> <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="jy-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 下载中心⟧</li></ul>
<div class="jy-pos">⟦m 交易信息 / 政府采购 / 询价公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<div class="jy-info">⟦m 信息时间：2024-04-11　阅读：611⟧　<span class="cd">⟦a 距报价截止还剩 6天 07时 28分⟧</span></div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦a 询价文件（JXCG-2024-0317）.zip 点击下载⟧</div>
<div class="jy-tools">⟦a 我要报价⟧　⟦a 打印公告⟧</div></div>
<div class="jy-foot">⟦m CA数字证书办理：0477-8269100⟧　⟦m 交易系统操作咨询：0477-8269101⟧<br>⟦m 犍溪县公共资源交易中心　蒙ICP备15003271号⟧</div>
</body></html>
""",
        body="""
犍溪县农业农村局智能定位牛铃采购项目已具备采购条件，现进行询价采购，欢迎合格的供应商参加。
一、项目编号：JXCG-2024-0317
二、采购内容：
包号　品名　数量　最高限价
1　智能定位牛铃（太阳能）　1200枚　396000元
2　牛铃管理平台服务（一年）　1项　36000元
三、供应商须于4月18日17:00前在交易平台提交报价文件，逾期不予受理。
四、联系方式
采购人：犍溪县农业农村局，联系人：巴特尔，电话：0477-8260531。
代理机构：潞川正衡招标代理有限公司，联系人：方晓雯，电话：0870-2251780。
2024年4月11日
""",
    ),
    dict(
        slug="tender-weihu-bid-result-griddles-record-title",
        site="涠湖区政府采购信息网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.weihu.luchuan.gov.example/zbjg/2024/0822/118.html",
        title="涠湖区中小学食堂炊事设备采购项目中标结果公告",
        date="2024-08-22",
        notes="record title as is; bid results table one row a paragraph; the purchaser's contact beside the "
        "platform's service line; date under the signature",
        page="""
!m 涠湖区政府采购信息网
!m 首页 » 采购公告 » 结果公告
{T}
!m 公告类型：中标（成交）结果　　发布：涠湖区教育体育局
{BODY}
!a 【我要质疑】　【打印】　【返回列表】
!m 平台服务热线：400-870-1166　　CA证书咨询：0870-2262100
!m 涠湖区财政局　主办
""",
        body="""
一、项目编号：WHCG-2024-0812
二、项目名称：涠湖区中小学食堂炊事设备采购项目
三、中标信息：
包号　内容　中标供应商　中标金额
1　商用电饼铛42台　潞川鑫灶厨房设备有限公司　113400元
2　蒸饭柜18台　鄗阳恒丰厨具有限公司　97200元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人涠湖区教育体育局，联系人：龙晓薇，电话：0870-2137715。
潞川市涠湖区教育体育局
2024年8月22日
""",
    ),
    dict(
        slug="lawfirm-tongxin-case-cowbell-homestay-consult-glued",
        site="郅岭同心律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zltongxin-law.example.cn/anli/xianglin/207.html",
        title="民宿客人嫌牛铃吵，能要求邻居摘铃吗？",
        record_title="【乡村法治小课堂】民宿客人嫌牛铃吵，能要求邻居摘铃吗？｜同心律所",
        date=None,
        notes="law firm page: a 400 line, a lawyer card, a consult float, a link block; a consult prompt glued "
        "after a 。 inside the body; a case note without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【乡村法治小课堂】民宿客人嫌牛铃吵，能要求邻居摘铃吗？｜同心律所</title>
<script src="/static/zixun.js"></script></head><body>
<div class="law-top">⟦m 郅岭同心律师事务所⟧ <span>⟦m 扎根乡土 · 守护邻里⟧</span> <span>⟦w 全国咨询热线 400-026-7718⟧</span></div>
<ul class="law-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 以案释法⟧</li></ul>
<div class="law-loc">⟦m 首页 ＞ 以案释法 ＞ 相邻关系⟧</div>
<div class="law-art"><h1>⟦t 【乡村法治小课堂】民宿客人嫌牛铃吵，能要求邻居摘铃吗？⟧</h1>
<div class="law-info">⟦m 撰稿：和俊峰律师　阅读 1406⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-link">⟦m 本文地址：https://www.zltongxin-law.example.cn/anli/xianglin/207.html⟧<br>⟦d 转载请保留本文地址及律所署名⟧</div></div>
<div class="law-card">⟦m 和俊峰　专职律师　擅长：土地承包、相邻纠纷⟧<br>⟦w 律师手机/微信：139 8704 1127⟧</div>
<div id="zx-float" style="position:fixed;right:0;top:40%">⟦w 同心律师在线答疑⟧<br>⟦w 免费评估案情⟧</div>
<div class="law-foot">⟦m 地址：郅岭县嶒石路27号　执业许可证号：35329202010118822⟧<br>⟦m © 郅岭同心律师事务所　滇ICP备20004417号⟧</div>
</body></html>
""",
        body="""
郅岭县嶒石镇一家民宿的老板找到我们，说隔壁牧户的牛每天清晨挂着牛铃从民宿门前经过，客人投诉铃声太吵，他想请律师要求邻居给牛摘掉铃铛。
我们认为，依照民法典关于相邻关系的规定，不动产权利人应当按照有利生产、方便生活、团结互助、公平合理的原则处理相邻关系。牧户放牧挂铃是当地多年的生产习惯，铃声一般不超过合理限度，民宿老板很难要求对方摘铃。⟦w 邻里纠纷拿不准？点这里免费问同心律师⟧
比较可行的办法是协商：例如请牧户调整放牧经过的时间，或者由民宿出资为牛换上声音较小的铃铛。
最终，双方在村委会调解下约定，牛群早上七点以后再从门前经过，纠纷得以化解。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-letter-counterfeit-sealing-wax",
        site="潞川守正律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.lcshouzheng.example.com/news/lsh/2024/0320.html",
        title="关于停止销售仿冒“琥珀”牌火漆产品的律师函",
        record_title="律师函公开｜关于停止销售仿冒“琥珀”牌火漆产品的律师函（公开全文）- 守正律所",
        date="2024-03-19",
        notes="law firm in text: a lawyer's letter with its own contact line beside the firm's 400 line; 成文日期 "
        "under the signature",
        page="""
!m 潞川守正律师事务所　｜　知识产权 · 商事争议
!m 首页 / 律所公告 / 律师函公开
!t 律师函公开｜关于停止销售仿冒“琥珀”牌火漆产品的律师函（公开全文）
!m 来源：守正律所知识产权部　　阅读：829
{BODY}
!w 商标维权咨询：400-870-5566（转知识产权部）
!l 推荐阅读：商标近似如何认定？｜网店售假的证据怎么固定
!d 本所公开的律师函仅作普法示例，已隐去相对方名称
!m © 潞川守正律师事务所
""",
        body="""
潞川市涠湖区某文创用品店：
潞川守正律师事务所接受潞川琥珀火漆制品有限公司（以下简称“委托人”）的委托，就贵店销售仿冒“琥珀”牌火漆产品一事，郑重致函如下：
委托人依法享有“琥珀”注册商标专用权。经委托人调查，贵店自2023年底起销售的火漆条和火漆印章套装，外包装使用了与委托人注册商标近似的标识，容易使消费者混淆。
请贵店自收到本函之日起立即停止销售上述产品，并于十日内与本所联系，协商处理后续事宜。否则，委托人将依法追究贵店的法律责任。
本函联系人：方律师，电话：0870-2253019。
潞川守正律师事务所
2024年3月19日
""",
    ),
]
