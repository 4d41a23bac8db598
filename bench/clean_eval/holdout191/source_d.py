"""holdout191, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-ouxi-post-found-badge-junk",
        site="耦溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.ouxi0739.com/bbs/thread-228104-1-1.html",
        title="捡到一个工牌，失主看过来",
        record_title=None,
        date=None,
        notes="no title in the record (the thread title on the page carries a [失物招领] tag); forum junk as a line and "
        "glued after 。; the poster's own phone stays next to the board's ad QQ; a signature; relative post time",
        page="""
!m 耦溪生活网 › 论坛 › 便民信息 › 失物招领
!t [失物招领] 捡到一个工牌，失主看过来
!m 楼主：城北水果摊老龚　发表于 5 小时前　｜　查看 1203　回复 26
{BODY}
!m 老龚的签名：新鲜水果，送货上门
!l 2楼　溪边的风：帮顶！
!l 3楼　耦溪小喇叭：已转发到本地群
!w 本版广告位招租，联系QQ：4008723136
!a 发表回复　｜　回到顶部　｜　返回列表
!m 耦溪生活网 ouxi0739.com　湘ICP备18020371号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天早上七点多在耦溪大桥东头的公交站台捡到一个工牌，蓝色挂绳，上面写着“耦溪县自来水公司　抄表员”，照片是个戴眼镜的小伙子，名字就不在网上公开了。
工牌背面还夹着一张饭卡和一把小钥匙。估计是上班路上掉的，失主应该挺着急。
失主或者认识他的朋友看到了请联系我，电话13974091526。白天可能在开车，没接的话请发短信，说对名字就可以来拿。
我在城北菜市场门口卖水果，也可以直接过来取。
麻烦大家帮忙顶一下，让失主早点看到。
""",
    ),
    dict(
        slug="localforum-xiangjiang-post-ricecooker-tradein-jammer",
        site="缃江论坛 (invented, Discuz-like city forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.xiangjiang.cc/thread-551290-1-1.html",
        title="商场旧电饭锅以旧换新活动，有人去过吗？",
        record_title="商场旧电饭锅以旧换新活动，有人去过吗？ - 缃江杂谈 - 缃江论坛",
        date=None,
        notes="Discuz-like city forum with a weather widget in the top bar, jammer fonts in the post, a copy-link button "
        "beside the title, a numbered question list; 发表于 前天 is no date",
        page="""
<html><head><meta charset="gbk"><title>商场旧电饭锅以旧换新活动，有人去过吗？ - 缃江杂谈 - 缃江论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb"><span>⟦m 缃江　多云　12℃～19℃　空气质量：良⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="hd"><h2>⟦m 缃江论坛⟧</h2><p>⟦m 缃江人自己的网上家园⟧</p></div>
<div id="pt">⟦m 缃江论坛 › 缃江杂谈 › 帖子⟧</div>
<div class="ts"><h1>{T}</h1> <a>⟦a [复制链接]⟧</a></div>
<div class="hm">⟦m 查看: 2046 | 回复: 33⟧</div>
<div class="plc">
<div class="authi">⟦m 南门口的猫 发表于 前天 19:52⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 点赞 收藏 分享⟧</div></div>
<div class="fastre">⟦l 沙发 城南打工人：去了，没发票也收，就是排队久⟧</div>
<div id="ft">⟦m 缃江论坛 ( 湘ICP备13011905号 )⟧<br>⟦d 论坛帖子仅代表网友个人观点，与本站立场无关⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
听说城南时代广场一楼的家电卖场这个周末搞电饭锅以旧换新，旧锅不管什么牌子、能不能用，都能抵100块。
我家那口锅用了快十年，内胆涂层掉得厉害，正想换。想问问去过的朋友：
1.是不是要带发票？我的发票早没了。
2.新锅只能买他们店里指定的几款吗？价格有没有比网上贵？
3.旧锅回收以后怎么处理，会不会又流到二手市场去？
另外听说这次活动还能叠加县里的家电消费补贴，有知道具体怎么申请的吗？谢谢！
""",
    ),
    dict(
        slug="download-zhiyou-guide-sandpaper-inspection-doc",
        site="质友资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="rule",
        form="html",
        source="http://www.zhiyou-down.com/soft/pinguan/8827.html",
        title="砂纸砂带进货检验作业指导书",
        record_title="砂纸砂带进货检验作业指导书.doc",
        date=None,
        notes="file-name record title; a download station's file-info table (its update stamp no date), three download "
        "links and a dead-link report; the instruction's decimal headings 3.1–3.4 stay",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>砂纸砂带进货检验作业指导书.doc - 品管资料 - 质友资料下载站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 质友资料下载站⟧</td><td>⟦m 质量人的资料库⟧</td><td><a>⟦a 会员中心⟧</a> <a>⟦a 我要投稿⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 ＞ 品管资料 ＞ 检验规范⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件名：砂纸砂带进货检验作业指导书.doc⟧</td><td>⟦m 资料大小：56 KB⟧</td></tr>
<tr><td>⟦m 资料类型：Word文档⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 下载次数：1627⟧</td><td>⟦m 更新时间：2025-03-12⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
<b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td><b>⟦a 下载地址：⟧</b> <a>⟦a 电信下载⟧</a> <a>⟦a 联通下载⟧</a> <a>⟦a 本地高速下载⟧</a></td></tr>
<tr><td><a>⟦a 链接失效请点这里反馈⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络收集，仅供学习交流，请在下载后24小时内删除⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 相关资料⟧</td></tr><tr><td>⟦l 砂轮进货检验规范.doc⟧</td></tr><tr><td>⟦l 原材料检验记录表.xls⟧</td></tr></table>
<table width="980" align="center" class="foot"><tr><td>⟦m Copyright © 2010-2025 质友资料下载站 zhiyou-down.com　浙ICP备11030562号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 目的
规范砂纸、砂带进货检验工作，防止不合格原材料投入生产。
2 适用范围
本指导书适用于本公司采购的各类干磨砂纸、水磨砂纸和环形砂带的进货检验。
3 检验项目及方法
3.1 外观：逐卷检查，砂面应均匀，无掉砂、折痕、污渍和胶块。
3.2 粒度：每批抽取3张，用标准样板对比，粒度标识与实物应一致。
3.3 尺寸：用钢卷尺测量宽度和长度，允许偏差±1毫米。
3.4 接头强度（仅限砂带）：每批抽取2条，在拉力机上测试，接头不得断裂。
4 判定与处置
检验全部合格的，在送货单上签字并贴“合格”标签入库；有一项不合格的，加倍抽检，仍不合格的整批退货，并填写《不合格品处置单》。
""",
    ),
    dict(
        slug="download-biaoge-form-storage-box-shift-handover-blanks",
        site="表格之家 (invented template download site)",
        style="资料下载站",
        genre="表格模板",
        kind="other",
        form="text",
        source="https://www.biaogezhijia.com/shengchan/jiaojieban/3310.html",
        title="保鲜盒注塑车间交接班记录表",
        title_also=["保鲜盒注塑车间交接班记录表（模板）"],
        record_title="保鲜盒注塑车间交接班记录表（模板）免费下载 - 表格之家",
        date=None,
        notes="a template with ＿＿年＿＿月＿＿日 and other blanks and check boxes (no date); the update stamp is no date; "
        "a closing sentence about filing the form stays",
        page="""
!m 表格之家 — 免费办公表格模板下载
!m 首页 > 生产管理表格 > 交接班记录
!t 保鲜盒注塑车间交接班记录表（模板）免费下载
!m 格式：docx　大小：21KB　下载：3,842次　更新：2025-06-19
!a 【立即下载】　【在线编辑】　【收藏模板】
{BODY}
!a 以上为模板预览，下载后可自由编辑、打印
!t 保鲜盒注塑车间交接班记录表（模板）.docx
!l 同类模板：注塑机日常点检表｜车间5S检查表｜模具领用登记表
!d 模板版权归原作者所有，仅供个人学习使用
!m 表格之家 biaogezhijia.com
""",
        body="""
交班日期：＿＿年＿＿月＿＿日　班次：□早班　□中班　□夜班
交班人：＿＿＿＿　接班人：＿＿＿＿
一、设备运行情况
机台号　运行状态　模具编号　异常说明
＿＿号机　□正常　□停机　＿＿＿＿　＿＿＿＿
二、产品质量情况
本班生产保鲜盒＿＿＿＿只，其中合格＿＿＿＿只，不合格＿＿＿＿只，主要缺陷为：□缩水　□飞边　□变形　□其他＿＿＿＿。
三、需接班人跟进的事项
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
四、交接确认
交接双方已共同清点工装模具、原料和半成品，确认无误。
交班人签字：＿＿＿＿　接班人签字：＿＿＿＿　班长签字：＿＿＿＿
说明：本表一式两份，交接双方各留一份，班组每月汇总后交生产部存档。
""",
    ),
    dict(
        slug="exam-siyang-notice-auxiliary-police-fitness-kneepads",
        site="耜阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.siyang.gov.cn/ksgg/2025/1103/2291.html",
        title="耜阳县2025年公开招聘辅警体能测评须知",
        record_title="【测评通知】耜阳县2025年公开招聘辅警体能测评须知 - 耜阳人事考试网",
        date="2025-11-03",
        notes="personnel-exam page with a maintenance banner and a technical line next to the notice's own 咨询电话; "
        "a table of standards; sentences about downloading and printing the admission ticket stay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【测评通知】耜阳县2025年公开招聘辅警体能测评须知 - 耜阳人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于11月9日22:00至24:00进行升级维护，期间暂停访问⟧</div>
<div class="head">⟦m 耜阳人事考试网⟧ ⟦m 公开　公平　公正⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试公告 ＞ 事业单位及其他⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-11-03 10:00　浏览次数：4136⟧</div>
<div class="content">
{BODY}
</div>
<div class="btns">⟦a 打印本页⟧ ⟦a 返回顶部⟧</div></div>
<div class="side"><a>⟦a 准考证打印入口⟧</a> <a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">⟦m 主办：耜阳县人力资源和社会保障局⟧<br>⟦m 技术支持电话：0738-4470099（仅受理网站技术问题）⟧</div>
</body></html>
""",
        body="""
各位考生：
耜阳县2025年公开招聘辅警笔试成绩已公布，进入体能测评的考生请注意以下事项。
一、时间地点：11月15日至16日，在县体育中心田径场进行，具体场次见准考证。
二、准考证打印：请于11月10日至14日登录本网站下载并打印体能测评准考证。
三、测评项目
项目　男子合格标准　女子合格标准
10米×4往返跑　≤13.1秒　≤14.1秒
1000米跑　≤4分25秒　≤4分35秒
纵跳摸高　≥265厘米　≥230厘米
四、注意事项：考生须穿运动服、运动鞋，可自备护膝、护踝等护具，不得佩戴首饰；患有不宜剧烈运动疾病的考生请慎重参加。
咨询电话：0738-4475210（工作日8:30-17:30）
耜阳县公安局政治处
2025年11月3日
""",
    ),
    dict(
        slug="exam-roucheng-notice-exam-staff-badges-table",
        site="鞣城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rcrsks.cn/kwtz/2025/1201/5512.html",
        title="关于领取2025年下半年事业单位招聘面试考务工作证的通知",
        record_title="关于领取2025年下半年事业单位招聘面试考务工作证的通知_鞣城人事考试网",
        date="2025-12-01",
        notes="exam site's notice about exam workers' badges; a pickup table; the notice's own contact next to the site's "
        "technical line",
        page="""
!m 鞣城人事考试网
!m 首页 >> 考务通知
{T}
!m 日期：2025-12-01　　来源：市人事考试中心　　浏览：892
!a 【打印】　【关闭】
{BODY}
!l 相关链接：2025年下半年事业单位公开招聘面试公告｜面试考生须知
!m 技术咨询：0736-2106600（仅限网站使用问题）
!m 鞣城市人事考试中心 版权所有
""",
        body="""
各面试考点、有关单位：
2025年下半年事业单位公开招聘面试定于12月6日至7日举行。为加强考点管理，所有考务工作人员须凭工作证进入考点。现将工作证领取事项通知如下。
一、领取时间地点
考点　领取时间　领取地点
鞣城市第一中学考点　12月3日上午　市人事考试中心一楼大厅
鞣城职业技术学院考点　12月3日下午　市人事考试中心一楼大厅
二、领取要求：各考点由1名联络员凭单位介绍信统一领取，并当场核对人员名单。
三、佩戴要求：工作证须挂于胸前，面试结束后由考点统一收回，不得转借、带离考点。
联系人：市人事考试中心考务科　范晓东　电话：0736-2106638
鞣城市人事考试中心
2025年12月1日
""",
    ),
    dict(
        slug="tender-ouxi-notice-canteen-ricecookers-lots",
        site="耦溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.ouxi.gov.cn/jyxx/zfcg/zbgg/20250811/6620174.html",
        title="耦溪县教育局学校食堂商用电饭锅采购项目公开招标公告",
        record_title="耦溪县教育局学校食堂商用电饭锅采购项目公开招标公告 - 耦溪县公共资源交易网",
        record_date="2025-08-11",
        date="2025-08-11",
        notes="procurement portal with a countdown, a CA line and a trading-system line next to the purchaser's and "
        "agency's own contacts; a lot table; a sentence about downloading the tender file stays; date in the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>耦溪县教育局学校食堂商用电饭锅采购项目公开招标公告 - 耦溪县公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="top">⟦m 耦溪县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 招标公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 发布时间：2025-08-11　信息来源：耦溪县恒正招标代理有限公司　浏览：371⟧</div>
<div class="countdown">⟦m 距投标截止还有 21 天⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="attach">⟦a 招标文件获取：请登录交易系统⟧</div>
</div>
<div class="foot">⟦m CA证书办理热线：400-870-2211⟧<br>⟦m 交易系统技术支持：0739-8200311⟧<br>⟦m 耦溪县公共资源交易中心主办　湘ICP备19004420号⟧</div>
</body></html>
""",
        body="""
项目概况
耦溪县教育局学校食堂商用电饭锅采购项目的潜在投标人应在耦溪县公共资源交易网获取招标文件，并于2025年9月2日9点30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：OXZC-2025-0617
采购需求：
包号　货物名称　数量　最高限价（万元）
1　商用大容量电饭锅（30升）　120台　54.0
2　商用蒸饭柜（12盘）　36台　43.2
二、获取招标文件
时间：2025年8月12日至2025年8月18日，登录交易网免费下载招标文件。
三、联系方式
采购人：耦溪县教育局　联系人：彭向东　电话：0739-8123047
代理机构：耦溪县恒正招标代理有限公司　联系人：易佳　电话：0739-8266015
""",
    ),
    dict(
        slug="tender-gengyuan-result-sandpaper-training-consumables",
        site="耩原县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.gyzfcg.gov.cn/cggg/zbjg/20250620/1187.html",
        title="耩原县职业技术学校木工实训耗材采购项目中标结果公告",
        date="2025-06-20",
        notes="title as in the record; a bid-result table; purchaser and agency contacts next to the portal's service and "
        "CA lines; the notice's own date line",
        page="""
!m 耩原县政府采购网
!m 首页 › 采购公告 › 中标（成交）结果公告
{T}
!m 发布时间：2025-06-20 17:05　　浏览次数：208
!a 【下载公告】【打印】【关闭】
{BODY}
!m 政府采购服务热线：0745-3300000　CA数字证书服务：400-611-0870
!m 耩原县财政局主办　湘ICP备16010332号
""",
        body="""
一、项目编号：GYZC-2025-0342
二、项目名称：耩原县职业技术学校木工实训耗材采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1（砂纸、砂带）　耩原县鑫磨五金经营部　38,460.00
2（木蜡油、胶粘剂）　鞣城市木匠坊建材有限公司　26,900.00
四、主要标的信息：1包为干磨砂纸（80目至400目）3000张、环形砂带200条；2包为木蜡油60升、白乳胶80千克。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：耩原县职业技术学校　联系人：邓老师　电话：0745-3361208
采购代理机构：耩原县诚信项目管理有限公司　联系人：韦工　电话：0745-3389012
2025年6月20日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-storage-box-burn",
        site="鞯岭明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.minghenglaw.cn/news/xfwq/412.html",
        title="保鲜盒微波加热炸裂致烫伤，商家该不该赔？",
        record_title="法眼看消费｜保鲜盒微波加热炸裂致烫伤，商家该不该赔？ - 鞯岭明衡律师事务所",
        date=None,
        notes="law-firm article with a consult float and a 400 line; bracketed section heads; a season and year inside "
        "the case is no date, and the page has none",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>法眼看消费｜保鲜盒微波加热炸裂致烫伤，商家该不该赔？ - 鞯岭明衡律师事务所</title></head><body>
<div class="hd">⟦m 鞯岭明衡律师事务所⟧ ⟦m 明法　衡平　守信⟧ ⟦m 全国咨询热线：400-690-1318⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 法眼看消费 | 联系我们⟧</div>
<div class="loc">⟦m 您现在的位置：首页 > 法眼看消费⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 作者：明衡律所消费维权团队　浏览 1203 次⟧</div>
<div class="text">
{BODY}
</div>
<div class="disclaimer">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧</div>
<div class="share">⟦l 分享到：微信好友 朋友圈 微博⟧</div></div>
<div class="float">⟦w 在线咨询　扫码添加执业律师微信⟧</div>
<div class="foot">⟦m 鞯岭明衡律师事务所　地址：鞯岭区中山路8号恒泰大厦21楼⟧<br>⟦m 湘ICP备20031187号⟧</div>
</body></html>
""",
        body="""
【案情】
2024年冬，市民林女士在网上购买了一套标称“可微波加热”的塑料保鲜盒。一次她用微波炉加热饭菜时，盒身突然开裂，滚烫的汤汁溅到手上，造成二度烫伤，花去医疗费3800余元。林女士要求商家赔偿，商家以“使用不当”为由拒绝。
【律师分析】
根据产品质量法的规定，因产品存在缺陷造成人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。本案中，保鲜盒标称可以微波加热，正常使用中却发生开裂，商家如果不能证明林女士存在明显的不当使用，就应当承担赔偿责任。
【律师提醒】
消费者购买保鲜盒时应保存好订单截图、产品包装和说明书，发生事故后及时就医并保留票据，必要时可申请对产品进行质量鉴定。
""",
    ),
    dict(
        slug="lawfirm-zhengyan-answer-tiler-knee-injury",
        site="耜阳正言律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="article",
        form="text",
        source="http://www.zhengyanlaw.com/aljd/ldgs/2025/1014/87.html",
        title="瓷砖铺贴工长期跪姿作业致膝关节损伤，能否认定工伤？",
        record_title="【劳动维权】瓷砖铺贴工长期跪姿作业致膝关节损伤，能否认定工伤？ - 耜阳正言律师事务所",
        date="2025-10-14",
        notes="law firm's Q&A column; 发布日期 byline the page's date; a free-consult line next to the lawyer's own "
        "signature line; the firm's address in the footer",
        page="""
!m 正言律师事务所 · 官方网站
!m 首页 > 劳动维权 > 劳动工伤
!t 【劳动维权】瓷砖铺贴工长期跪姿作业致膝关节损伤，能否认定工伤？
!m 发布日期：2025-10-14　　阅读：1561
{BODY}
!w 劳动纠纷免费咨询：0738-4419960（钟律师团队）
!a 分享本文：微信 ｜ 微博 ｜ 复制链接
!l 推荐阅读：下班途中骑电动车摔伤算工伤吗｜包工头欠薪，可以找总包单位吗
!d 本文仅供普法参考，具体案件请咨询执业律师。
!m 耜阳正言律师事务所　地址：耜阳县人民路58号金叶大厦12楼
""",
        body="""
问：我是一名瓷砖铺贴工，干这行十几年，去年膝盖疼得厉害，医院诊断为双膝半月板损伤。包工头说这是“老毛病”，不算工伤。请问我的情况能认定工伤吗？
答：能否认定工伤，关键看两点：一是是否存在劳动关系，二是伤害是否由工作原因造成。
第一，您与包工头之间没有签订劳动合同的，可以用工资转账记录、工友证言、工作照片等证明劳动关系；包工头没有用工资质的，由承包工程的建筑企业承担用工主体责任。
第二，长期跪姿作业导致的半月板慢性损伤，目前一般不属于工伤认定中的“事故伤害”，认定难度较大；但如果是在某次作业中突然扭伤，有当时的就诊记录，则可以按工伤申请认定。
建议您尽快整理证据，在事故伤害发生之日起1年内向人社部门提出工伤认定申请。平时作业也要坚持佩戴合格的护膝，减少膝关节损伤。
（耜阳正言律师事务所　钟立平律师）
""",
    ),
]
