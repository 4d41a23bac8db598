"""holdout270, part D: county forums, download stations, personnel-exam sites, tender portals
and law firms. Every page, place, person, number and URL is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-qiyang-thread-electric-foot-tub-jammer",
        site="鲯阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiyangzx.com/thread-392718-1-1.html",
        title="提醒：电热足浴盆别插着电过夜，我家差点出事",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject; weather line, medals, a decoration ad and an official-reply link; jammer-font junk; 发表于 前天 is no date; the community safety officer's phone in the post",
        page="""
<html>
<head>
<meta charset="gbk">
<title>鲯阳在线论坛 - 鲯阳人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="hd">⟦m 鲯阳在线论坛⟧　⟦m 鲯阳今天 小雨 6～11℃⟧　<a>⟦a 快速登录⟧</a></div>
<div id="nv">⟦m 鲯阳杂谈⟧ ⟦m 曝光台⟧ ⟦m 二手市场⟧ ⟦m 房产家居⟧ ⟦m 相亲交友⟧</div>
<div id="pt">⟦m 鲯阳在线论坛 » 鲯阳杂谈 » 正文⟧</div>
<div class="ad">⟦m 〖广告〗鲯阳匠心装饰 全包装修98元/㎡起 0795-7361666⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 鲪湾的风⟧</p><p>⟦m 勋章：热心网友 · 老坛友⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 21:05 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="cm">⟦l 官方回复：已转交县消防救援大队，感谢提醒⟧</div>
<div class="rate">⟦l 鲜花 +36　鸡蛋 0　收藏 12⟧</div>
</td></tr></table>
<div class="replies">⟦l 2楼 楛坡老杨：我妈天天泡，赶紧打电话去说⟧<br>⟦l 3楼 萯塘阿花：买的时候就该看有没有防干烧⟧</div>
<div id="ft">⟦m 鲯阳在线 Powered by Discuz! X3.4　赣ICP备11020456号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
发个帖子提醒一下大家，特别是家里有老人的。
前天晚上十一点多，我妈用电热足浴盆泡完脚，人睡了，插头没拔。凌晨两点我起来上厕所，闻到一股焦糊味，一看足浴盆的电源线插头已经烧黑了，插座边上的墙也熏黄了一块。要是再晚发现一会儿，后果真不敢想。
第二天我把足浴盆拿到店里，师傅说是插头接触不良，长时间通电发热，加上脚盆边上溅了水，才烧成这样。
这里提醒大家三点：一是泡完脚马上拔插头；二是足浴盆周围的水要擦干，插座别放在地上；三是用了好几年的旧足浴盆，电线老化了就别再用了，换个普通塑料脚盆一样泡。
我们鸤桥社区的消防安全员说，谁家拿不准的可以打电话请他上门看看，电话13907307415。
""",
    ),
    dict(
        slug="localforum-tijiang-post-old-cloth-for-nappies-junk",
        site="鲬湖生活网·鳀江论坛 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.yuhulife.cn/forum.php?mod=viewthread&tid=551204",
        title="蓇园社区妈妈群收集旧棉布，给福利院缝尿布",
        record_title="[街坊互助] 蓇园社区妈妈群收集旧棉布，给福利院缝尿布（长期收） - 鳀江论坛 - 鲬湖生活网",
        date=None,
        notes="county forum text: board and thread subject lines, junk lines and junk glued after 。; the organiser's phone stays in the body; 4 天前 is no date",
        page="""
!m 鲬湖生活网 › 鳀江论坛 › 街坊互助
!t [街坊互助] 蓇园社区妈妈群收集旧棉布，给福利院缝尿布（长期收）
!m 楼主 蓇园桂花　　发表于 4 天前　　阅读 3012　回复 41
{BODY}
!l 沙发　鸤桥胖妞：家里有两床旧被里，明天送过去
!l 板凳　鳀江老卫：这个好，支持！
!a 回帖请先登录，游客只能看帖
!m 鲬湖生活网　客服邮箱：service@yuhulife.cn
""",
        junk=dict(lines=1, glued=2),
        body="""
各位街坊好，我是蓇园社区妈妈群的群主。我们群里二十多位妈妈和奶奶商量好了，从这个月开始，每个月给县儿童福利院缝一批布尿布。
现在缺的是布料。布尿布要用纯棉的，越旧越软越好，旧床单、旧被里、旧棉毛衫都行。化纤的、有破洞发霉的就不要了。请大家洗干净以后送到蓇园社区居委会一楼的妇女之家，周一到周五白天都有人收。
布料收上来以后，我们统一剪裁、锁边、烫洗，每月最后一个周六送到福利院。上个月已经送去了一百二十条，福利院的阿姨说很好用。
有缝纫机、会锁边的朋友也欢迎加入我们，联系人桂姐，电话13873012265。
""",
    ),
    dict(
        slug="download-qianfan-rules-fishing-gear-file-table",
        site="千帆资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.qianfanzl.com/soft/gz/20240322/18830.html",
        title="鲪湾渔业专业合作社渔具保管使用规定",
        record_title="鲪湾渔业专业合作社渔具保管使用规定（doc原文）免下载积分 - 千帆资料站",
        date=None,
        notes="download station: file-info table with three download links, an unzip password and a dead-link report; rules with 第N条 articles whose articles speak of 扫码 and 打印; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>鲪湾渔业专业合作社渔具保管使用规定（doc原文）免下载积分 - 千帆资料站</title>
<script src="/js/qf_ads.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 千帆资料站⟧</td><td>⟦m 千帆过尽　资料尽有⟧</td><td>⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 规章制度 | 合同协议 | 总结报告 | 表格下载⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 所在位置：千帆资料站 → 规章制度 → 农业渔业⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资料名称⟧</td><td>⟦t 鲪湾渔业专业合作社渔具保管使用规定.doc⟧</td></tr>
<tr><td>⟦m 资料大小：42 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：一年前⟧</td><td>⟦m 下载次数：1206⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.qianfanzl.com⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 本地下载一⟧</td><td>⟦a 电信高速下载⟧</td><td>⟦a 联通备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 链接失效请点此报告，我们会尽快修复⟧</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 千帆资料站资源均收集于网络，仅供研究学习，下载后请于24小时内删除⟧<br>⟦m 千帆资料站 2008-2024　鄂ICP备08016630号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为加强合作社渔具管理，落实禁渔期各项规定，制定本规定。
第二条　合作社渔具分为网具、笼具、钓具和叉具四类。叉具包括社员自有的传统鱼叉，禁渔期内一律交合作社仓库集中保管。
第三条　渔具入库时，由保管员登记品名、数量和所有人，并在渔具上挂编号牌。社员可扫码查看自己寄存渔具的编号和存放位置。
第四条　禁渔期结束后，社员凭本人身份证领回渔具；网眼尺寸不符合规定的网具和带倒钩的多股鱼叉，不再发还，由合作社登记后统一交镇农业服务中心处理。
第五条　保管员每月打印一次库存清单，交理事会核对签字。
第六条　社员私自取用寄存渔具下河捕捞的，取消当年分红资格，并报渔政部门处理。
第七条　本规定经社员大会通过后施行。
""",
    ),
    dict(
        slug="download-wenbao-report-womens-fed-basket-wps",
        site="文宝下载站 (invented)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenbaoxz.net/down/shuzhi/30442.html",
        title="鲖田镇妇联主席2024年度述职报告",
        record_title="鲖田镇妇联主席2024年度述职报告.wps",
        date="2024-12-26",
        notes="file-name record title (.wps); file-info lines and mirror links; the 成文日期 under the signature",
        page="""
!m 文宝下载站 — 公文资料一站下
!m 文件名称：鲖田镇妇联主席2024年度述职报告.wps
!m 文件大小：26KB　　更新时间：3 天前　　下载热度：★★★★☆
!a 【高速下载】　【普通下载】　【备用地址】
{T}
{BODY}
!a 下载遇到问题？点此反馈
!d 本站资料来自网友投递，如侵犯了您的权益，请来函告知，我们将及时处理。
!l 相关下载：乡镇妇联年度工作总结.doc　|　巾帼建功活动方案.docx
""",
        indent="\u3000\u3000",
        body="""
一年来，我在镇党委和县妇联的领导下，围绕服务妇女儿童、助力乡村振兴，认真履行妇联主席职责。现将履职情况报告如下。
一、抓思想引领。组织“巾帼宣讲”进村十八场，覆盖妇女一千二百余人次。
二、抓巧手增收。依托鲖田竹编笸箩非遗项目，联合镇文化站开办“巧手针线笸箩”编织培训班四期，培训妇女一百零六人，帮助三十二名留守妇女在家接单，人均月增收一千元以上。
三、抓家庭服务。开展“最美家庭”评选，走访困境儿童家庭四十五户，协调发放助学金三万六千元。
四、存在不足。一是培训后的销售渠道还不稳定；二是对年轻妇女的吸引力不够。
明年，我将重点推动笸箩产品进网店、进景区，让更多妇女在家门口就业。
述职人：鲖田镇妇联主席　苏玉梅
2024年12月26日
""",
    ),
    dict(
        slug="exam-yuhu-notice-nanny-ticket-print-tech-line",
        site="鲬湖人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yhrsks.gov.cn/jnjd/202411/t20241119_4081.html",
        title="关于2024年第四季度育婴员职业技能等级认定考核打印准考证的通知",
        record_title="【鉴定考务】关于2024年第四季度育婴员职业技能等级认定考核打印准考证的通知_鲬湖人事考试网",
        date="2024-11-18",
        date_also=["2024-11-19"],
        notes="exam site: maintenance banner and an entry float; the notice's 考务咨询电话 beside the site's technical line; 下载/打印 准考证 sentences and a timetable are content; the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【鉴定考务】关于2024年第四季度育婴员职业技能等级认定考核打印准考证的通知_鲬湖人事考试网</title>
<script src="/js/ks-main.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 系统公告：11月23日22:00至24:00报名系统升级维护，期间暂停登录⟧</div>
<div class="hd">⟦m 鲬湖人事考试网⟧ <span>⟦m 鲬湖市人事考试院⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 技能认定⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="path">⟦m 当前位置：首页 &gt; 技能认定⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 来源：技能认定科　发布时间：2024-11-19 10:00⟧</div>
<div class="content">
{BODY}
</div>
</div>
<div class="float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ft">⟦m 报名系统技术支持电话：0730-8119021（工作日）⟧<br>⟦m 鲬湖市人事考试院 版权所有　湘ICP备13006672号⟧</div>
</body>
</html>
""",
        body="""
各有关考生：
2024年第四季度育婴员职业技能等级认定考核将于11月30日举行，现将准考证打印等事项通知如下。
一、准考证打印时间：11月25日9:00至11月29日17:00。考生请登录鲬湖市职业技能等级认定报名系统，下载并用A4纸打印准考证。
二、考核安排
科目　时间　地点
理论知识　11月30日9:00—10:30　鲬湖技师学院3号楼
操作技能　11月30日13:30起　鲬湖技师学院实训楼
三、操作技能考核内容包括为婴儿模型更换尿布、冲调奶粉、洗澡抚触等，考生须自带一条干净的纯棉布尿布和一块小毛巾。
四、考生须同时携带准考证和有效居民身份证参加考核。
考务咨询电话：0730-8119067。
鲬湖市职业技能鉴定指导中心
2024年11月18日
""",
    ),
    dict(
        slug="exam-youchuan-notice-fishery-aides-practical-test",
        site="鲉川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.youchuan.gov.cn/kwtz/20240612/902.html",
        title="鲉川县2024年渔政执法辅助人员招聘实操考核公告",
        record_title="鲉川县2024年渔政执法辅助人员招聘实操考核公告 - 考务通知 - 鲉川人事考试信息网",
        date="2024-06-12",
        notes="exam site text: a practical test on identifying banned gear (fish spears among them), a timetable, the exam office's phone beside the site's technical line; 成文日期 under the signature",
        page="""
!m 鲉川人事考试信息网　｜　考生服务大厅　｜　移动端
!m 首页 》考务通知
{T}
!m 阅读次数：2377　　附件：无
{BODY}
!a 【打印页面】　【收藏】
!m 网站技术维护：0736-5810302　　主办：鲉川县人力资源和社会保障局
""",
        body="""
根据《鲉川县2024年渔政执法辅助人员招聘公告》，现将实操考核有关事项公告如下。
一、考核对象：笔试成绩合格并通过资格复审的28名考生。
二、考核内容
1.违规渔具识别。现场摆放电鱼器具、密眼网、地笼和各式鱼叉等实物二十件，考生在十分钟内逐件判断是否属于禁用渔具并说明理由。
2.巡河记录填写。考生观看一段巡查视频，按规范填写巡查记录。
3.体能测试。男子1000米跑，女子800米跑。
三、时间安排
项目　时间　地点
违规渔具识别　6月18日上午　县渔政执法大队二楼
巡河记录填写　6月18日下午　县渔政执法大队二楼
体能测试　6月19日上午　县体育场
四、考生须携带身份证和准考证，提前三十分钟到达考点。
咨询电话：0736-5810775（县农业农村局人事股）。
鲉川县人力资源和社会保障局
2024年6月12日
""",
    ),
    dict(
        slug="tender-yuhu-inquiry-welfare-home-nappies-lots",
        site="鲬湖市公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuhu.gov.cn/jyxx/zfcg/cggg/20240809/5519047.html",
        title="鲬湖市儿童福利院布尿布及婴儿护理用品询价采购公告",
        record_title="〖福利院采购〗鲬湖市儿童福利院布尿布及婴儿护理用品询价采购公告 ｜ 鲬湖市公共资源交易网",
        date="2024-08-09",
        notes="tender portal: countdown, CA and trading-system lines; the purchaser's and agency's contacts, a lots table and a 附件 list stay in the body; 下载 sentence is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖福利院采购〗鲬湖市儿童福利院布尿布及婴儿护理用品询价采购公告 ｜ 鲬湖市公共资源交易网</title>
<script src="/static/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 鲬湖市公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 注册入库⟧</a></div>
<div class="menu">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 办事指南⟧</div>
<div class="crumb">⟦m 首页 → 交易信息 → 政府采购 → 采购公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 信息来源：市儿童福利院　发布日期：2024-08-09⟧</div>
<div class="countdown">⟦m 距报价截止还有：05天 03时 22分⟧</div>
<div class="content">
{BODY}
</div>
<div class="files">⟦a 📎 询价文件.pdf（点击下载）⟧</div>
</div>
<div class="foot">⟦m CA数字证书办理热线：400-870-1655⟧<br>⟦m 交易系统技术支持：0730-8226150⟧<br>⟦m 鲬湖市公共资源交易中心主办　湘ICP备17004312号⟧</div>
</body>
</html>
""",
        body="""
一、项目名称：鲬湖市儿童福利院布尿布及婴儿护理用品采购
二、采购内容
包号　名称　数量　最高限价
1　纯棉布尿布　3000条　4.5万元
2　婴儿护臀膏及洗护用品　600套　3.6万元
三、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
四、报价时间：2024年8月14日17:00前，请供应商下载询价文件，按要求在交易系统中递交电子报价。
五、联系方式
采购人：鲬湖市儿童福利院，联系人：易女士，电话：0730-8215406。
代理机构：鲬湖正衡招标代理有限公司，联系人：谭先生，电话：0730-8237719。
附件：1.询价文件
2.技术参数及样品要求
鲬湖市儿童福利院
2024年8月9日
""",
    ),
    dict(
        slug="tender-weishan-result-wooden-foot-tubs",
        site="薳山县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.weishan.gov.cn/cjgg/20240703/30018.html",
        title="薳山县社会福利中心木质泡脚桶采购项目成交结果公告",
        date="2024-07-03",
        notes="record title as is; a result table; the purchaser's contact beside the portal's CA line; 公告期限 sentence; the 成文日期 at the end",
        page="""
!m 薳山县政府采购网　　首页｜采购公告｜结果公告｜政策法规
!m 当前位置：结果公告
{T}
!m 浏览次数：388　　【字体：大 中 小】
{BODY}
!a 〔打印本页〕〔关闭〕
!m 电子招投标CA办理：400-062-1717　　平台运维：0731-6602210
""",
        body="""
一、项目编号：WSCG-2024-0617
二、项目名称：薳山县社会福利中心木质泡脚桶采购项目
三、成交信息
供应商名称　成交金额　主要标的
薳山县楰林木器制品有限公司　5.28万元　香杉木泡脚桶120只
四、评审小组成员：龙建平、石晓红、杨志强
五、公告期限：自本公告发布之日起一个工作日。
六、其他补充事宜：成交供应商须在交货时提供木材检疫证明，桶内不得涂刷油漆。
七、联系方式
采购人：薳山县社会福利中心，联系人：向主任，电话：0731-6618203。
薳山县社会福利中心
2024年7月3日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-walker-rollover-consult-float",
        site="鲬湖衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/anli/2024/0917.html",
        title="学步车侧翻致婴儿受伤，商家该不该赔？",
        record_title="案里说法丨学步车侧翻致婴儿受伤，商家该不该赔？—鲬湖衡平律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a case note with no date (a year inside the story only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>案里说法丨学步车侧翻致婴儿受伤，商家该不该赔？—鲬湖衡平律师事务所</title>
</head>
<body>
<header>⟦m 鲬湖衡平律师事务所⟧ ⟦m 执业许可证号 31430000MD0371526X⟧ ⟦m 全国服务热线 400-730-9988⟧</header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 以案释法⟧ ⟦m 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 以案释法 / 消费维权⟧</div>
<main>
<h1>{T}</h1>
<div class="lawyer">⟦m 撰稿：万思远 律师｜消费者权益保护团队⟧</div>
<div class="body">
{BODY}
</div>
<div class="repost">⟦d 本文为衡平律师原创，转发请保留署名，不作为个案法律意见⟧</div>
</main>
<div class="float">⟦w 有类似纠纷？在线咨询衡平律师⟧<br>⟦w 微信 hengping-law⟧</div>
<footer>⟦m 地址：鲬湖市鳀江区中山路208号衡平大厦12楼⟧ ⟦m 湘ICP备19012283号⟧</footer>
</body>
</html>
""",
        body="""
【案情】2023年春，鲯阳县的李女士在一家母婴店给十个月大的儿子买了一台学步车。一个月后，孩子坐在学步车里滑过客厅门槛时，学步车侧翻，孩子面部着地，造成门牙损伤和唇部裂伤。经检验，该学步车的稳定性不符合国家标准。李女士起诉母婴店和生产厂家，要求赔偿医疗费等损失。
【判决】法院认为，涉案学步车存在质量缺陷，是造成孩子受伤的主要原因，母婴店作为销售者、厂家作为生产者，应当承担连带赔偿责任；李女士作为监护人未在旁看护，自身也有一定过错，酌情减轻被告两成责任。
【律师说法】因产品缺陷造成人身损害的，被侵权人既可以向生产者请求赔偿，也可以向销售者请求赔偿。家长购买学步车等婴幼儿用品时，要保留购物凭证；发生意外后，及时封存产品，申请质量检验，为维权留下证据。
""",
    ),
    dict(
        slug="lawfirm-mingqu-letter-anglers-fishing-ban",
        site="鲉川明渠律师事务所 (invented)",
        style="律所网站",
        genre="法律提示函",
        kind="other",
        form="text",
        source="http://www.mingqulaw.com/gongyi/20240301.html",
        title="致鲙河沿岸垂钓爱好者的禁渔期法律风险提示函",
        record_title="【律所公益】致鲙河沿岸垂钓爱好者的禁渔期法律风险提示函（请转给钓友） - 鲉川明渠律师事务所",
        date="2024-03-01",
        notes="law firm text page: the letter's own phone beside the firm's 400 line; the 成文日期 under the signature",
        page="""
!m 鲉川明渠律师事务所　｜　诚信　专业　担当
!m 免费法律咨询：400-736-5500
!m 首页 > 公益普法
{T}
{BODY}
!l 相关文章：非法捕捞水产品罪的认定要点
!w 遇到法律问题？扫码添加明渠律师助理微信
!m 鲉川明渠律师事务所　地址：鲉川县城南路66号
""",
        body="""
各位垂钓爱好者：
每年3月1日至6月30日为鲙河禁渔期。近年来，我所代理和接触的案件中，有多起是钓友在禁渔期使用鱼叉、电鱼器具等禁用工具捕鱼而被追究责任的。为此，特向大家作如下提示：
一、禁渔期内，在鲙河禁渔水域使用鱼叉叉鱼、电鱼、炸鱼、毒鱼的，属于使用禁用方法捕捞，情节严重的，可能构成非法捕捞水产品罪。
二、禁渔期允许的休闲垂钓，一般限于一人一杆、一线一钩，具体以县农业农村局公告为准。
三、在网上晒“叉鱼视频”“电鱼视频”，可能成为认定违法事实的证据，请勿以身试法。
如对禁渔规定有疑问，可拨打本所公益咨询电话0736-5826630。
鲉川明渠律师事务所
2024年3月1日
""",
    ),
]
