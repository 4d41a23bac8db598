"""holdout240, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Everything here is invented; see ../README.md and ../build.py for the markup. Written by hand.
"""

CASES = [
    dict(
        slug="aoshui-forum-lock-shed-jammer",
        site="薁水在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.aoshuizx.example.com/thread-771206-1-1.html",
        title="小区电动车棚换了号码锁，密码一个月没变过",
        record_title=None,
        date=None,
        notes="county forum, no record title (the thread subject); weather line, medals, a decoration ad, a "
        "转交物业/官方回复 link, signature, jammer fonts; relative times only",
        page="""
<html><head><meta charset="gbk"><title>薁水在线论坛 - 薁水人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 薁水在线论坛⟧　⟦m 今日薁水：小雨 9～14℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册薁水通行证⟧</a></div>
<div id="pt">⟦m 薁水在线 › 民生热线 › 业主之声⟧</div>
<div class="ad">⟦a 【广告】薁水装修季：全包套餐每平米398元起，电话 0745-7208866⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="hm">⟦m 查看 3866 | 回复 41⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 蕈山老住户⟧<br>⟦m 勋章：热心网友 · 随手拍达人⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 6 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 骑电驴上班第八年⟧</div>
<div class="po">⟦a 转交物业办理 ｜ 等待官方回复 ｜ 举报⟧</div></td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 北门卖早点的⟧</td><td class="plc">⟦l 发表于 5 小时前　支持，我的头盔也被拿过⟧</td></tr></table>
<div id="f_pst">⟦a 登录薁水通行证后才能回帖⟧</div>
<div id="ft">⟦m 薁水在线 版权所有　湘B2-20150033⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我们蕈山小区北门的电动车棚，上个月物业把挂锁换成了四位号码锁。说是方便大家，不用再配钥匙。
结果一个月过去了，密码一次都没换过。现在连送外卖的、收废品的都知道密码，前天晚上我楼下邻居的电瓶被人拔走了，监控只拍到一个戴帽子的背影。
我去物业问，物业说密码是业主群里发的，换了怕老人记不住。可密码谁都知道，锁还有什么用？
建议物业每两周换一次密码，新密码只发给登记过的车主。同时把车棚里那个坏了三个月的摄像头修好。
大家觉得呢？
""",
    ),
    dict(
        slug="tingcheng-forum-hook-deposit-junk",
        site="莛城论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.tingchengbbs.example.net/forum.php?mod=viewthread&tid=209917",
        title="租房卫生间吸盘置物架掉了砸裂洗手盆，押金扣八百合理吗？",
        record_title="[求助] 租房卫生间吸盘置物架掉了砸裂洗手盆，押金扣八百合理吗？ - 房产租赁 - 莛城论坛",
        date=None,
        notes="county forum as text: anti-scraping junk as lines and glued after 。; post time '2 hours ago'; "
        "replies and a moderator's note below",
        page="""
!m 莛城论坛　›　生活服务　›　房产租赁
!t [求助] 租房卫生间吸盘置物架掉了砸裂洗手盆，押金扣八百合理吗？
!m 楼主：一只租房喵　｜　发表于 2 小时前　｜　浏览 517
{BODY}
!l 沙发　老城区房东：置物架是前租客的，房东也不该全让你赔
!l 板凳　莛城小法律：可以先找社区人民调解，不收费
!m 版主提示：涉及具体纠纷请理性讨论，勿发布对方个人信息
!a 快速回复　｜　登录后可回帖
""",
        junk=dict(lines=1, glued=2),
        body="""
去年租的房子，卫生间镜子旁边原来就有一个吸盘置物架，是上一个租客留下的。上周五半夜，置物架连着上面的洗发水一起掉下来，把洗手盆砸出一道裂缝。
退租时房东说洗手盆要换新的，从押金里扣八百。我觉得置物架不是我装的，吸盘老化也不是我造成的，顶多算一半责任。
房东的意思是东西在我租住期间坏的，就该我赔。我翻了合同，里面只写了“人为损坏照价赔偿”，没说这种情况。
想问问懂行的朋友，这种情况一般怎么算？有没有必要去社区调解？
""",
    ),
    dict(
        slug="kewen-download-knife-lesson-doc",
        site="课文资源下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://www.kewenxz.example.com/soft/meishu/2024/12877.html",
        title="五年级美术《纸雕小屋》教案",
        record_title="五年级美术《纸雕小屋》教案.doc",
        date=None,
        notes="old download station: file-info table, three download links, unzip password, dead-link report, a "
        "floating ghost-writer ad; a lesson plan on cutting card with a utility knife; update stamp (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>五年级美术《纸雕小屋》教案.doc - 课文资源下载站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 课文资源下载站 · 教案课件试卷免费下⟧</td><td align="right">⟦m 会员中心 | 上传资源 | 帮助⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 美术教案 → 五年级⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资源名称：五年级美术《纸雕小屋》教案.doc⟧</td><td>⟦m 资源大小：48 KB⟧</td></tr>
<tr><td>⟦m 资源类别：教案 / 美术⟧</td><td>⟦m 更新时间：2024-11-03⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 下载次数：1280⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p>⟦m 资源简介：⟧</p>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 备用下载地址⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.kewenxz.example.com⟧　⟦a 下载地址失效？点此报错⟧</td></tr></table>
<div style="position:absolute;left:5px;top:300px">⟦w 教案课件定制，加QQ 3150772904⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均来自网络，仅供教学交流⟧<br>⟦m 课文资源下载站 闽ICP备15011276号⟧</td></tr></table>
</body></html>
""",
        body="""
一、教学目标
1.学会用美工刀沿直线和弧线切割卡纸，掌握“刀口向外、按尺慢划”的方法。
2.能用切、折、插的方法完成一座纸雕小屋。
二、教学准备
教师：示范作品、切割垫、金属直尺；学生：小号美工刀、白卡纸、胶水。
三、教学过程
（一）安全第一课（5分钟）。教师示范握刀姿势，强调刀片只推出一格，不用时立即收回；同桌之间不得拿着美工刀打闹。
（二）示范切割（8分钟）。教师在切割垫上示范切门窗，提醒学生左手压尺、手指放在尺子内侧。
（三）学生创作（22分钟）。学生分组完成纸雕小屋，教师巡视，发现握刀不当及时纠正。
（四）展示评价（5分钟）。各组展示作品，评选“最巧小屋”和“安全小标兵”。
四、课后整理
美工刀由小组长清点后交回教师，碎纸屑和废刀片分开收拾。
""",
    ),
    dict(
        slug="wenshu-download-lock-request-text",
        site="公文素材下载站 (invented)",
        style="资料下载站",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.gwsucai.example.cn/down/qingshi/6691.html",
        title="关于为乡便民服务中心档案柜加装号码锁的请示",
        record_title="关于为乡便民服务中心档案柜加装号码锁的请示【doc可编辑·免费下载】",
        date="2024-10-21",
        notes="download station as text: file-info lines, download links and an unzip password; the request's "
        "附件 line and 成文日期",
        page="""
!m 公文素材下载站　　请示报告 › 请示
!t 关于为乡便民服务中心档案柜加装号码锁的请示【doc可编辑·免费下载】
!m 文件格式：doc　　大小：26KB　　更新：2024-10-25　　下载：312次
!m 内容预览：
{BODY}
!a ↓ 本地下载　　↓ 网盘下载（提取码 q7m2）
!a 解压密码均为本站网址
!l 相关下载：乡镇档案管理制度.doc　｜　档案室安全检查记录表.xls
!d 声明：资料均由网友提供，下载后请在24小时内删除
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
我乡便民服务中心现有档案柜14组，存放低保、医保、土地确权等涉及群众个人信息的档案6000余卷。这些档案柜购置于2012年，多数只有一把普通挂锁，钥匙由多人保管，存在档案被随意翻阅的风险。
为加强群众个人信息保护，我乡拟为14组档案柜统一加装机械号码锁，并配套建立密码分级管理和查阅登记制度。经询价，每把号码锁含安装费约380元，合计5320元。
因我乡今年公用经费紧张，恳请县政府从县级信息安全专项经费中予以解决。
妥否，请批示。
附件：档案柜号码锁询价单
薁水县犴塘乡人民政府
2024年10月21日
""",
    ),
    dict(
        slug="xzrsks-exam-knife-admission-ticket",
        site="珦州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xzrsks.example.cn/ksxx/sydw/202407/t20240725_1206.html",
        title="关于2024年珦州市中小学美术教师招聘专业技能测试有关事项的通知",
        record_title="关于2024年珦州市中小学美术教师招聘专业技能测试有关事项的通知_考务信息_珦州人事考试网",
        date="2024-07-24",
        date_also=["2024-07-25"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line beside the exam "
        "centre's own 咨询电话; sentences about downloading and printing the ticket and bringing a utility knife "
        "are content; the site's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年珦州市中小学美术教师招聘专业技能测试有关事项的通知_考务信息_珦州人事考试网</title></head>
<body>
<div class="ks-warn">⟦d 系统升级提示：8月1日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-head"><span>⟦m 珦州人事考试网⟧</span><span>⟦m 珦州市人事考试中心主办⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考务信息⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-path">⟦m 首页 &gt; 考务信息 &gt; 事业单位招聘⟧</div>
<div class="ks-art"><h1>{T}</h1>
<p class="ks-meta">⟦m 发布日期：2024-07-25　信息来源：考务科　阅读次数：9821⟧</p>
<div class="ks-text">
{BODY}
</div></div>
<div class="ks-float"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="ks-foot"><p>⟦m 珦州市人事考试中心　地址：珦州市人民北路201号⟧</p><p>⟦m 网站技术支持电话：0731-8870011⟧</p><p>⟦m 湘ICP备10017733号⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2024年珦州市中小学美术教师招聘专业技能测试定于8月3日举行。现将有关事项通知如下：
一、准考证打印。请考生于7月29日至8月2日登录珦州人事考试网下载并打印专业技能测试准考证，用A4纸单面打印。
二、测试内容。测试分素描和纸艺两项，纸艺项目要求考生在90分钟内用卡纸完成一件立体作品。
三、自带工具。考生须自带美工刀1把（刀片长度不超过10厘米）、切割垫、金属直尺和铅笔；考场不提供、不借用工具。
四、安全要求。进入考场时美工刀刀片须收回刀壳，考试中不得持刀离座走动，考试结束后将废刀片投入考场锐器盒。
五、咨询方式。考务咨询电话：0731-8872019（工作日9:00—17:00）。
珦州市人事考试中心
2024年7月24日
""",
    ),
    dict(
        slug="xzrsks-lock-locker-announcement-text",
        site="珦州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xzrsks.example.cn/ksxx/tzgg/202409/t20240911_1290.html",
        title="关于考点启用号码锁物品存放柜的公告",
        record_title="【考点须知】关于考点启用号码锁物品存放柜的公告 - 珦州人事考试网",
        date="2024-09-10",
        notes="exam site as text: a maintenance line and a score-query float at the top; the centre's signature "
        "and 成文日期; no site date",
        page="""
!d 温馨提示：请使用谷歌、360极速模式浏览本站，IE浏览器可能显示异常
!m 珦州人事考试网 > 通知公告
{T}
!m 来源：考务科　　浏览：4210
!a 成绩查询入口　｜　准考证打印入口
{BODY}
!a 〖关闭本页〗
!m 珦州市人事考试中心　考务咨询：0731-8872019（工作日）　技术支持：0731-8870011
""",
        indent="\u3000\u3000",
        body="""
为方便考生存放手机、背包等物品，自2024年下半年起，珦州市各笔试考点统一启用号码锁物品存放柜。现将使用须知公告如下：
一、存放柜设在各考点入口处，每柜一格，由考生自设四位密码。
二、存放时关上柜门，转动密码盘设定密码后按下锁定键；取物时输入密码即可打开。
三、请勿使用0000、1234等简单密码，也不要将密码写在准考证上。
四、考试结束后请及时取走物品，柜门保持开启。当日未取走的物品由考点统一登记保管。
五、忘记密码的，凭准考证和身份证到考点考务办公室登记后开柜。
珦州市人事考试中心
2024年9月10日
""",
    ),
    dict(
        slug="xzggzy-screen-bid-result-table",
        site="珦州市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.xz.example.gov.cn/jyxx/zfcg/zbgg/20240627/77120.html",
        title="珦州市会议中心活动屏风采购项目中标结果公告",
        record_title="〔成交结果〕珦州市会议中心活动屏风采购项目中标结果公告 - 珦州市公共资源交易网",
        date="2024-06-27",
        notes="tender portal: CA certificate and trading-system lines beside the purchaser's and agency's contacts; "
        "bid lots as a table one row a paragraph; 成文日期 under the agency's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔成交结果〕珦州市会议中心活动屏风采购项目中标结果公告 - 珦州市公共资源交易网</title></head>
<body>
<div class="gg-top">⟦m 珦州市公共资源交易网⟧　⟦m CA数字证书办理：400-870-6611⟧　⟦m 交易系统技术支持：0731-8850512⟧</div>
<ul class="gg-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 诚信体系⟧</li></ul>
<div class="gg-pos">⟦m 您的位置：交易信息 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<div class="gg-art"><h2>{T}</h2>
<p class="gg-meta">⟦m 信息来源：珦州诚信招标咨询有限公司　浏览：377⟧</p>
<div class="gg-text">
{BODY}
</div>
<p>⟦a 相关附件：中标通知书（公示版）.pdf⟧</p></div>
<div class="gg-foot">⟦m 主办：珦州市公共资源交易中心　地址：珦州市政务服务中心B座⟧<br>⟦m 湘ICP备11006109号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：XZCG-2024-0871
二、项目名称：珦州市会议中心活动屏风采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　实木折叠屏风（四扇）　珦州木言家具有限公司　86400
2　移动隔断屏风（带脚轮）　琡湖区恒安办公设备经营部　52750
四、评审专家名单：邰静、郝立新、晏秋实
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：珦州市会议中心，联系人：乔女士，电话：0731-8806217
采购代理机构：珦州诚信招标咨询有限公司，联系人：冼工，电话：0731-8853390
珦州诚信招标咨询有限公司
2024年6月27日
""",
    ),
    dict(
        slug="tingcheng-tender-bolt-inquiry-record",
        site="莛城县公共资源交易平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="text",
        source="http://ggzy.tingcheng.example.gov.cn/zfcg/xjgg/20240809/3318.html",
        title="莛城县公租房小区门窗插销更换询价采购公告",
        date="2024-08-09",
        notes="tender portal as text, title as in the record: a countdown line and the platform's service line "
        "beside the purchaser's contact; an items table; a sentence asking suppliers to download the inquiry file",
        page="""
!m 莛城县公共资源交易平台
!m 首页 › 政府采购 › 询价公告
{T}
!m 发布时间：2024-08-09 15:30　　项目编号：TCXJ-2024-112
!a 距报价截止还剩：5天 17小时
{BODY}
!a 【下载询价文件】　【我要报价】
!m 平台服务热线：0736-5200088（工作日 8:30-17:30）
!m 莛城县公共资源交易中心　版权所有
""",
        body="""
莛城县保障性住房管理中心拟对城东公租房小区门窗插销进行更换，现邀请合格供应商参加询价。
一、采购内容
品名　规格　数量
不锈钢防盗门插销　150毫米　640副
铝合金窗插销　80毫米　1280副
二、预算金额：3.2万元（含安装）。
三、供应商资格：具有独立法人资格，近三年无重大违法记录。
四、报价时间：2024年8月12日9:00至8月15日17:00，请供应商下载询价文件，在莛城县公共资源交易平台线上报价。
五、联系方式：采购人莛城县保障性住房管理中心，联系人：鞠先生，电话：0736-5212648。
莛城县保障性住房管理中心
2024年8月9日
""",
    ),
    dict(
        slug="zhiheng-law-hook-case-byline",
        site="致衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zhihenglaw.example.cn/anli/zulin/2024/0530/214.html",
        title="浴室吸盘置物架脱落砸伤租客，房东要担责吗？",
        record_title="租赁案例评析：浴室吸盘置物架脱落砸伤租客，房东要担责吗？｜致衡律所",
        date="2024-05-30",
        notes="law firm: lawyer card, free-consult float, 400 line, 本文链接 block and a repost notice; the byline's "
        "发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>租赁案例评析：浴室吸盘置物架脱落砸伤租客，房东要担责吗？｜致衡律所</title></head>
<body>
<div class="zh-head">⟦m 莛城致衡律师事务所⟧　⟦m 全国咨询热线：400-616-2880⟧</div>
<ul class="zh-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业团队⟧</li><li>⟦m 以案释法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="zh-art"><h1>{T}</h1>
<p class="zh-meta">⟦m 发布时间：2024-05-30　作者：单于泽律师　阅读 1206⟧</p>
<div class="zh-text">
{BODY}
</div>
<div class="zh-link">⟦m 本文链接：https://www.zhihenglaw.example.cn/anli/zulin/2024/0530/214.html⟧</div>
<div class="zh-note">⟦d 本文为致衡原创，转载请联系授权并注明出处⟧</div></div>
<div class="zh-card"><p>⟦m 单于泽　专职律师　执业12年⟧</p><p>⟦m 擅长：房屋租赁、物业纠纷、人身损害⟧</p></div>
<div class="zh-float">⟦a 免费咨询律师⟧<br>⟦w 扫码加律师微信，一对一解答⟧</div>
<div class="zh-foot">⟦m 地址：莛城县文昌路39号恒丰大厦9楼　湘ICP备19033281号⟧</div>
</body></html>
""",
        body="""
【基本案情】2023年夏天，租客严某在出租屋洗澡时，浴室墙上的吸盘置物架突然脱落，架上的玻璃瓶摔碎，划伤严某脚背，花去医疗费4200余元。严某认为置物架是房东装的，要求房东赔偿；房东认为吸盘挂钩是日常消耗品，应由租客自行检查。
【法院裁判】法院审理认为，置物架系房东出租前安装，属于房屋附属设施，出租人负有维修义务；但严某入住一年多，对置物架松动亦应有所察觉，未及时告知房东，自身也有一定过错。最终判决房东承担70%的赔偿责任。
【律师说法】出租人应当履行租赁物的维修义务。房东交房前最好把吸盘挂钩、置物架等容易老化的设施检查一遍；租客发现松动、脱落的，也应及时通知房东并留存聊天记录。
""",
    ),
    dict(
        slug="zhiheng-law-lock-letter-cn-date",
        site="致衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhihenglaw.example.cn/wenshu/lvshihan/2024/0516/88.html",
        title="关于停止销售仿冒“恒钥”号码锁的律师函",
        record_title="律师函范例｜关于停止销售仿冒“恒钥”号码锁的律师函 - 莛城致衡律师事务所",
        date="2024-05-13",
        notes="law firm as text: a lawyer's letter with its 成文日期 in Chinese numerals; hotline and consult "
        "prompts at the top and bottom",
        page="""
!m 莛城致衡律师事务所　｜　专业 · 诚信 · 高效
!m 全国咨询热线：400-616-2880
!m 首页 > 法律文书 > 律师函
!t 律师函范例｜关于停止销售仿冒“恒钥”号码锁的律师函
!m 整理：致衡知识产权团队　　阅读 388
{BODY}
!w 需要发送律师函？致衡律师24小时内出函，咨询微信 zhiheng_law
!l 推荐阅读：商标侵权赔偿数额如何计算　｜　网店卖假货，平台担责吗
""",
        body="""
琡湖区鑫旺五金批发部：
莛城致衡律师事务所接受珦州恒钥锁业有限公司（以下简称“委托人”）的委托，指派本所律师就贵方销售仿冒委托人注册商标号码锁一事，郑重致函如下：
委托人是“恒钥”注册商标的专用权人。经委托人调查，贵方店铺自2024年3月起销售标有“恒钥”字样的三位行李箱号码锁，经委托人鉴定，上述号码锁并非委托人生产。
贵方的行为已涉嫌侵犯委托人的注册商标专用权。为此，本所律师要求贵方：
一、自收到本函之日起立即停止销售上述号码锁；
二、于七日内将库存商品及进货凭证交委托人核查；
三、就赔偿事宜与委托人协商。
如贵方逾期不予处理，委托人将依法追究贵方的法律责任。
莛城致衡律师事务所
律师：单于泽
二〇二四年五月十三日
""",
    ),
]
