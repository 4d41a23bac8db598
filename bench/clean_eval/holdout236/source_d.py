"""holdout236, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Everything invented; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="localbbs-luyang-buscard-topup-point-jammer",
        site="蕗阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.luyangluntan.com/thread-551203-1-1.html",
        title="公交卡充值点又搬了，老人怎么办？",
        record_title="[街坊吐槽] 公交卡充值点又搬了，老人怎么办？ - 百姓话题 - 蕗阳论坛",
        date=None,
        notes="county forum: a weather line, jammer fonts in the post, a decoration ad between floors, an official-reply link and medals; 前天 is no date",
        page="""
<html><head><meta charset="gbk"><title>[街坊吐槽] 公交卡充值点又搬了，老人怎么办？ - 百姓话题 - 蕗阳论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?v=20250301"></script></head>
<body>
<div class="top">⟦m 蕗阳论坛——蕗阳人自己的网上家园⟧　<span>⟦m 蕗阳今天 多云 18～26℃⟧</span></div>
<div class="nv">⟦m <a>论坛首页</a> <a>百姓话题</a> <a>蕗阳美食</a> <a>二手市场</a> <a>房产家居</a>⟧</div>
<div id="pt">⟦m 蕗阳论坛 » 百姓话题 » 查看帖子⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 城南老街坊⟧<br>⟦m 勋章：热心街坊 十年老友⟧</td>
<td class="plc">
<h1>⟦t [街坊吐槽] 公交卡充值点又搬了，老人怎么办？⟧</h1>
<div class="authi">⟦m 发表于 前天 19:02　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦a 回复本帖　支持(36)　反对(2)⟧</div>
<div class="official">⟦l 本帖已转交县交通运输局，点此查看官方答复 >>⟧</div>
</td></tr></table>
<div class="ad">⟦m 蕗阳本地装修找安家居，整装套餐限时立减，电话0795-6288776⟧</div>
<div class="fl">⟦l 2楼　沿河晨跑：支持！我妈也是每次都要我开车送去充⟧</div>
<div class="fl">⟦l 3楼　小城故事多：听说下个月能在公众号上充了⟧</div>
<div id="ft">⟦m 蕗阳论坛 Archiver　手机版　赣ICP备12003309号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天陪我家老爷子去给老年公交卡年审，走到老地方一看，城西农贸市场旁边那个公交卡充值点关门了，门上贴了张纸，说搬到了新客运站。
新客运站在城北开发区，离我们城西这片有六七公里。老爷子八十多岁，自己坐公交过去要转一次车，来回一趟大半天。
我打听了一下，现在全县城区就剩新客运站和公交公司卡务大厅两个点能办年审、充值。城西、城南这么多老小区，一个点都没有。
建议公交公司在城西、城南各恢复一个代办点，哪怕一周开两天也行；再一个，能不能在社区服务中心设个自助充值机？
不知道有没有同样情况的街坊，大家一起呼吁一下。
""",
    ),
    dict(
        slug="localbbs-moxi-tripods-on-square-subject",
        site="貘溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.moxilife.com/viewthread.php?tid=290417",
        title="人民广场上那几个三脚架是干啥的？",
        record_title=None,
        date=None,
        notes="county forum text: no record title, the thread subject line with a board tag; forum junk lines and glued; an edit aside after a sentence; relative time only",
        page="""
!m 貘溪生活网论坛 > 貘溪杂谈
!t 【城事】人民广场上那几个三脚架是干啥的？
!m 楼主：溪边钓鱼翁　　3 小时前　　查看 1502 / 回复 26
{BODY}
!l 沙发　阿华在貘溪：原来是测量，我还以为要拍电影
!l 板凳　米粉店老板：测完赶紧修吧，那段路晚上太黑了
!a 快速回帖　|　高级模式
!m 貘溪生活网 moxilife.com　皖ICP备14018875号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天早上去人民广场散步，看到靠河边那条路上支了好几个三脚架，上面架着黄色的仪器，几个穿反光背心的人拿着杆子来回走，一会儿还在地上喷红漆做记号。
我在旁边看了半天，一开始以为是拍电影的，后来壮着胆子过去问了一下。
一个年轻师傅说他们是县测绘队的，三脚架上架的是全站仪，在给广场东侧的滨河路做地形测量，据说这条路明年要拓宽，还要加装路灯。
他还提醒我们，三脚架周围别靠太近，碰歪了就得重新架设、重新测。⟦m （本帖由楼主于 2 小时前补充）⟧
总算弄明白了，发上来给好奇的朋友们解个惑。
""",
    ),
    dict(
        slug="download-qianfan-rules-file-pocket-sealing-gb2312",
        site="千帆资料站 (invented download station, gb2312 tables)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.qianfanzl.com/soft/rz/20250412/11830.html",
        title="档案袋封装操作规程",
        record_title="档案袋封装操作规程（doc格式）免费领取_千帆资料站",
        date=None,
        notes="old download station: file-info table with size and update stamp, three download links, an unzip password, a dead-link report and a floating ghost-writer ad; a procedure with 第N条 articles; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>档案袋封装操作规程（doc格式）免费领取_千帆资料站</title>
<script src="/js/ad_float.js"></script></head>
<body>
<table width="950" align="center"><tr><td><img src="/img/qf_logo.gif">⟦m 千帆资料站 — 资料千帆竞，一站全搜罗⟧</td>
<td align="right">⟦a 设为首页⟧ ⟦a 收藏千帆⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m <a>首页</a> | <a>公文资料</a> | <a>规章制度</a> | <a>表格模板</a> | <a>合同范本</a>⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您的位置：首页 → 规章制度 → 档案管理⟧</td></tr></table>
<table width="950" align="center" class="softinfo" border="1">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：上周三⟧</td><td>⟦m 下载次数：1,082⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道：【电信高速下载】【联通高速下载】【备用镜像下载】⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：www.qianfanzl.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载出错？点此报告失效链接⟧</td></tr>
</table>
<div id="float_ad" style="position:absolute;left:2px;top:300px">⟦w 公文代笔一条龙 QQ 1289903475⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习参考，下载后请于24小时内删除⟧<br>⟦m Copyright 2008-2025 千帆资料站　冀ICP备09012877号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范档案袋封装工作，确保档案材料完整、安全，制定本规程。
第二条　档案袋统一使用A4规格牛皮纸档案袋，厚度不低于250克，袋底加装金属扣的应检查扣件是否牢固。
第三条　装袋前，经办人应逐页核对材料，按目录顺序排放，材料总页数填写在袋面“页数”栏内。
第四条　袋面应用黑色签字笔填写档案编号、姓名、单位和装袋日期，字迹清楚，不得涂改。
第五条　封口时在封口处粘贴封条，由经办人和审核人分别在封条上签名，并加盖单位骑缝章。
第六条　已封装的档案袋不得随意拆封。确需拆封的，应经档案管理部门负责人批准，拆封、重封情况记入登记簿。
第七条　档案袋破损、受潮的，应及时更换，原袋面信息完整转抄到新袋上。
第八条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-ruyi-measures-laptop-loan-wps",
        site="如意文档下载 (invented)",
        style="资料下载站",
        genre="管理办法",
        kind="rule",
        form="text",
        source="https://www.ruyiwdxz.com/down/2025/0108/66104.html",
        title="县农业农村局办公笔记本电脑借用管理办法",
        record_title="县农业农村局办公笔记本电脑借用管理办法.wps",
        date="2025-01-06",
        notes="file-name record title (.wps); a download box with an unzip note and a points line; 打印 as content; 成文日期 under the signature; a writing-service line glued after a sentence",
        page="""
!m 如意文档下载 > 行政管理 > 管理制度
!t 县农业农村局办公笔记本电脑借用管理办法.wps
!m 文件类型：WPS文字　文件大小：28.6KB　人气：704　收录：昨天
!a 【本地下载】　【网盘下载】　【加入下载篮】
!m 以下为文件内容预览：
{BODY}
!a 本资料需消耗如意币2枚，会员免费下载
!d 如意文档下载所有资源来自网友分享，版权归原作者。
!m 如意文档下载　浙ICP备19032256号
""",
        body="""
为加强办公笔记本电脑管理，提高设备使用效率，结合我局实际，制定本办法。
一、局办公室统一管理备用笔记本电脑6台，供干部职工出差、下乡、参加会议时临时借用。
二、借用人应提前一天到局办公室填写借用登记表，写明借用事由、借用时间和归还时间，经科室负责人签字后领取。借用登记表可在局内网下载并打印。
三、借用时间原则上不超过7天，确需延长的，应办理续借手续。⟦w 各类管理办法代写修改，联系如意客服QQ：2837740196⟧
四、借用人应妥善保管笔记本电脑，不得转借他人，不得处理涉密文件，不得安装与工作无关的软件。
五、归还时，局办公室当面检查设备外观、电源适配器和系统运行情况，确认无误后在登记表上签收。设备损坏或丢失的，由借用人按规定赔偿。
六、本办法自印发之日起施行。
鼩川县农业农村局办公室
2025年1月6日
""",
    ),
    dict(
        slug="pexam-piancheng-skills-test-laptops-timetable",
        site="楩城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.pcrsks.example.gov.cn/ksgg/2025/0715/2206.html",
        title="关于2025年楩城市事业单位公开招聘计算机类岗位专业技能测试的公告",
        record_title="〔考试安排〕关于2025年楩城市事业单位公开招聘计算机类岗位专业技能测试的公告 - 楩城市人事考试网",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a timetable one row a paragraph, 下载打印准考证 as content, the exam centre's 咨询电话 beside the site's technical line; 成文日期 differs from the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考试安排〕关于2025年楩城市事业单位公开招聘计算机类岗位专业技能测试的公告 - 楩城市人事考试网</title>
<script src="/js/zkz-float.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统升级提示：7月20日22:00至次日6:00暂停网上报名服务⟧</div>
<div class="top">⟦m 楩城市人事考试网⟧ <span>⟦m 楩城市人事考试中心⟧</span></div>
<div class="nav">⟦m <a>首页</a> <a>考试公告</a> <a>报名入口</a> <a>成绩查询</a> <a>证书办理</a>⟧</div>
<div class="loc">⟦m 首页 - 考试公告 - 事业单位招聘⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-07-15　来源：考务科⟧　⟦a 【大 中 小】⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="float-zkz" style="position:fixed;right:8px;top:35%">⟦a 准考证打印入口⟧</div>
<div class="foot">⟦m 主办：楩城市人事考试中心　网站运维电话：0759-3302680（仅限网站技术问题）⟧<br>⟦m 粤ICP备09103374号⟧</div>
</body></html>
""",
        body="""
楩城市2025年事业单位公开招聘计算机类岗位笔试成绩已于7月12日公布。根据招聘公告，现将专业技能测试有关事项公告如下。
一、测试方式。专业技能测试采用上机操作方式，测试用笔记本电脑由考点统一提供，考生不得携带个人笔记本电脑、U盘等存储设备进入考场。
二、时间安排。
日期　时间　岗位类别
7月26日　9:00-11:00　网络管理岗
7月26日　14:30-16:30　软件开发岗
7月27日　9:00-11:00　信息安全岗
三、准考证打印。请考生于7月22日至25日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0759-3302715（楩城市人事考试中心考务科，工作日）。
楩城市人事考试中心
2025年7月14日
""",
    ),
    dict(
        slug="pexam-suhu-notice-exam-room-cameras-pdf",
        site="鹔湖区人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://rsks.suhu.example.gov.cn/uploads/2025/06/kcjc0611.html",
        title="关于做好考场视频监控摄像机检测调试工作的通知",
        record_title="关于做好考场视频监控摄像机检测调试工作的通知.pdf",
        date="2025-06-11",
        notes="file-name record title (.pdf) on an exam site's text page; a table one row a paragraph; a PDF viewer line and a download line; 成文日期 under the signature",
        page="""
!m 鹔湖区人事考试信息网 | 考务通知
!t 关于做好考场视频监控摄像机检测调试工作的通知.pdf
!a 在线预览（PDF）　|　原文件下载　|　打印本页
{BODY}
!m 本页附件由考务科上传　浏览：287
!m 鹔湖区人事考试中心　湘ICP备17031160号-2
""",
        body="""
各标准化考点：
为保障2025年下半年各类人事考试顺利进行，区人事考试中心决定对各考点考场视频监控摄像机开展一次全面检测调试。现将有关事项通知如下。
一、检测内容。各考场前后两台摄像机的画面清晰度、录像存储时长和与区级监控平台的联网情况。
二、时间安排。
考点　检测日期
区第一中学　6月18日
鹔湖实验学校　6月19日
区职业中专　6月20日
三、工作要求。各考点须安排熟悉监控系统的技术人员全程配合，检测发现摄像机故障的，须在7月10日前完成维修或更换，并将整改情况报区人事考试中心。
鹔湖区人事考试中心
2025年6月11日
""",
    ),
    dict(
        slug="tender-suhu-inquiry-tripods-items",
        site="鹔湖区公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.suhu.example.gov.cn/jyxx/zfcg/xjgg/20250526/009.html",
        title="鹔湖区融媒体中心摄像机三脚架采购项目询价公告",
        record_title="[采购公告·询价] 鹔湖区融媒体中心摄像机三脚架采购项目询价公告_鹔湖区公共资源交易网",
        date="2025-05-26",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines next to the purchaser's and agency's own contacts; an items table one row a paragraph; 下载 as content; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[采购公告·询价] 鹔湖区融媒体中心摄像机三脚架采购项目询价公告_鹔湖区公共资源交易网</title>
<script src="/js/countdown.js"></script></head>
<body>
<div class="head">⟦m 鹔湖区公共资源交易网⟧ <span>⟦m 阳光交易 诚信鹔湖⟧</span></div>
<div class="nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>办事指南</a>⟧</div>
<div class="path">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="ewb">
<h3>{T}</h3>
<div class="ewb-info">⟦m 信息时间：2025-05-26　阅读次数：149⟧</div>
<div class="count">⟦m 距报价截止还剩：6天 03时 21分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="att">⟦a 附件：询价文件（鹔湖融媒三脚架）.zip　点击下载⟧</div>
</div>
<div class="foot">⟦m CA数字证书办理咨询：400-1188-067⟧<br>⟦m 交易系统操作咨询：0731-8559012⟧<br>⟦m 鹔湖区公共资源交易中心主办　湘ICP备15012783号⟧</div>
</body></html>
""",
        body="""
项目概况：鹔湖区融媒体中心摄像机三脚架采购项目的潜在供应商应在本网站下载询价文件，并于2025年6月2日9时30分前提交报价。
一、项目编号：SHRM-XJ-2025-014
二、采购需求：
序号　品名　数量　主要参数
1　碳纤维摄像机三脚架　6套　承重不低于12千克，带液压云台
2　便携铝合金三脚架　10套　收纳长度不大于60厘米
3　独脚架　8支　最大高度不低于1.6米
三、预算金额：人民币9.6万元。
四、联系方式：
采购人：鹔湖区融媒体中心，联系人：邵先生，电话：0731-8552031。
采购代理机构：鹔湖恒信招标代理有限公司，联系人：覃女士，电话：0731-8571166。
鹔湖恒信招标代理有限公司
2025年5月26日
""",
    ),
    dict(
        slug="tender-zhuiling-award-file-pockets-record",
        site="骓岭县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhuiling.example.gov.cn/zbgg/2025/0422/3321.html",
        title="骓岭县档案馆档案袋及档案盒印制采购项目中标结果公告",
        date="2025-04-22",
        record_date="2025-04-22",
        notes="record gives title and date; a bid-result table one row a paragraph; the purchaser's contact beside the platform's service line; a share bar",
        page="""
!m 骓岭县政府采购网
!m 首页 > 采购公告 > 结果公告
{T}
!m 发布：2025-04-22　来源：骓岭县档案馆　浏览：96
{BODY}
!l 分享到：微信　钉钉　复制链接
!m 平台服务热线：400-6677-125（9:00-17:00）
!m 骓岭县财政局主办　黔ICP备06031772号
""",
        body="""
一、项目编号：ZLCG-2025-0317
二、项目名称：骓岭县档案馆档案袋及档案盒印制采购项目
三、中标信息：
包号　品名　数量　中标供应商　中标金额
1　牛皮纸档案袋　30000个　骓岭县兴文印务有限公司　2.85万元
2　无酸纸档案盒　8000个　黔南博雅办公用品有限公司　4.16万元
四、公告期限：自本公告发布之日起1个工作日。
五、采购人联系方式：骓岭县档案馆，联系人：彭女士，电话：0857-7231560。
骓岭县档案馆
2025年4月22日
""",
    ),
    dict(
        slug="lawfirm-lintian-laptop-data-after-resign",
        site="驎田律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="other",
        form="html",
        source="https://www.lintianlaw.com/anli/2025/0402-laptop.html",
        title="员工离职，公司配发的笔记本电脑里的资料归谁？",
        record_title="案例拆解｜员工离职，公司配发的笔记本电脑里的资料归谁？｜驎田律所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文网址 block and a not-legal-advice notice; an essay-like answer with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例拆解｜员工离职，公司配发的笔记本电脑里的资料归谁？｜驎田律所</title>
<script src="/js/consult-float.js"></script></head>
<body>
<div class="logo">⟦m 驎田律师事务所⟧ <span>⟦m 专注劳动与数据合规⟧</span></div>
<div class="menu">⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>案例评析</a> <a>联系我们</a>⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="meta">⟦m 栏目：案例评析　浏览：912⟧</div>
<div class="content">
{BODY}
</div>
<div class="permalink">⟦m 本文网址：https://www.lintianlaw.com/anli/2025/0402-laptop.html⟧</div>
<div class="disclaimer">⟦d 以上内容为一般性法律信息，个案请以律师面谈意见为准⟧</div>
</div>
<div class="lawyer-card">⟦m 主办律师：冉静　执业证号 15204201811269023⟧<br>⟦w 劳动争议免费初步评估，电话 400-8123-770⟧</div>
<div class="float-consult">⟦w 在线留言咨询⟧</div>
<div class="foot">⟦m 驎田律师事务所　地址：驎田镇新华街21号　黔ICP备20007143号⟧</div>
</body></html>
""",
        body="""
近期，我们代理了这样一起纠纷：某公司员工小周离职时，公司要求他交回配发的笔记本电脑，小周提出先把电脑里的个人照片和自己编写的工作笔记拷走，公司以“电脑里的资料都属于公司”为由拒绝。
我们认为，要分开来看。
第一，笔记本电脑本身是公司财产，员工离职时应当交回，这一点没有争议。
第二，员工为完成工作任务形成的文档、代码、客户资料等，一般属于职务成果，归公司所有，员工不得私自拷贝带走，否则可能构成违约，甚至侵犯商业秘密。
第三，电脑里的个人照片、私人聊天记录等个人信息，仍属于员工本人。公司可以在监督下允许员工删除或导出，但不得擅自查看、留存或公开。
建议用人单位在配发笔记本电脑时就与员工签订使用协议，明确“公私资料”的界限，离职交接时双方当场确认，既保护公司数据，也尊重员工隐私。
""",
    ),
    dict(
        slug="lawfirm-chizheng-found-buscard-swipe",
        site="鼩川持正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.chizhenglaw.cn/pufa/88.html",
        title="捡到别人的公交卡拿来刷，构成犯罪吗？",
        record_title="【以案释法】捡到别人的公交卡拿来刷，构成犯罪吗？ - 持正律师事务所",
        date=None,
        notes="law firm text: a lawyer line, a consult line with a 400 number, a repost notice; a short legal essay without date",
        page="""
!m 鼩川持正律师事务所 | 以案释法
!t 【以案释法】捡到别人的公交卡拿来刷，构成犯罪吗？
!m 撰稿：持正律师团队　阅读量：1.3k
{BODY}
!w 遇到类似问题？拨打持正法律服务热线 400-0736-558
!d 转载本站普法文章请注明出处，不得用于商业用途。
!m 鼩川持正律师事务所 版权所有
""",
        body="""
有人在公交车上捡到一张公交卡，觉得“反正是捡的”，就拿来天天刷。这种行为是否违法？
首先，捡到公交卡不归还本身就不对。根据民法典的规定，拾得遗失物应当返还权利人，可以交给公交公司或公安机关。
其次，拿捡到的公交卡刷卡乘车，属于非法占有他人财物。如果卡内金额不大，一般按治安违法行为处理，可能被处以罚款或拘留。
再次，如果是记名的大额储值卡，或者捡到后拿去退卡套现，金额达到较大标准的，可能构成侵占罪或盗窃罪，要承担刑事责任。
所以，捡到公交卡最好的做法，是交给公交车司机或者送到公交公司卡务大厅，让卡片物归原主。
""",
    ),
]
