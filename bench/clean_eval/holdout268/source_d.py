"""holdout268, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-jiangku-rules-carving-workshop-armchair-doc",
        site="匠库资料站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jiangku-zl.com/soft/guicheng/20871.html",
        title="红木家具雕刻车间安全操作规程",
        record_title="红木家具雕刻车间安全操作规程.doc",
        date=None,
        notes="old table layout with a file-info table, three mirror links, an unzip password and a dead-link report; "
        "file-name record title; rules with 第N条 and only an effective clause (no date); '更新于 4 天前' is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>红木家具雕刻车间安全操作规程.doc - 匠库资料站</title>
<script language="javascript">function copyurl(){}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" align="center" border="0"><tr>
<td><img src="/skin/logo.gif"> ⟦m 匠库资料站 - 工匠的资料仓库⟧</td>
<td align="right">⟦m 常用资料｜规章制度｜安全技术｜表格模板｜软件工具⟧</td>
</tr></table>
<table width="980" align="center" border="0"><tr><td>⟦m 当前位置：匠库资料站 → 规章制度 → 车间操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" bordercolor="#CCCCCC" cellspacing="0" cellpadding="4">
<tr><td width="120">⟦m 资料名称⟧</td><td>⟦t 红木家具雕刻车间安全操作规程.doc⟧</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费共享⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 4 天前⟧</td></tr>
<tr><td>⟦m 解压密码⟧</td><td>⟦m www.jiangku-zl.com⟧</td></tr>
</table>
<table width="980" align="center" border="0"><tr><td>
<p><b>⟦m ▼ 资料简介⟧</b></p>
{BODY}
<p><b>⟦a ▼ 下载通道⟧</b></p>
<p>⟦a 〔电信高速一〕⟧ ⟦a 〔联通高速二〕⟧ ⟦a 〔移动备用三〕⟧</p>
<p>⟦a 链接失效请点此报告，我们会在12小时内修复⟧</p>
<p>⟦l 相关资料：木工机械安全操作规程.doc｜家具厂粉尘防爆管理制度.doc⟧</p>
</td></tr></table>
<table width="980" align="center" bgcolor="#EEEEEE"><tr><td align="center">
⟦d 匠库资料站所有资料均来自网络收集，仅供交流学习，请在下载后24小时内删除⟧<br>
⟦m 匠库资料站 jiangku-zl.com　粤ICP备13047720号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范太师椅等红木家具雕刻作业，防止机械伤害和粉尘危害，制定本规程。
第二条　操作人员须经培训考核合格后上岗，上岗时穿工作服，佩戴防尘口罩、护目镜，长发须盘入帽内。
第三条　开机前检查雕刻机刀具是否夹紧、防护罩是否完好，空转一分钟确认无异响后方可作业。
第四条　手工雕刻太师椅靠背、扶手时，工件应用台钳夹牢，刻刀刀口朝外，不得对人。
第五条　作业中更换刀具、清理木屑，必须先停机断电。
第六条　下班前清扫作业区域，木屑集中存放于指定铁桶内，不得靠近烘干房。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-wanjuan-plan-old-granary-measures-handover",
        site="万卷素材下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wanjuan-sucai.com/doc/fangan/33190.html",
        title="鹝溪镇老粮站旧计量器具清点移交工作方案",
        record_title="鹝溪镇老粮站旧计量器具清点移交工作方案（附清点登记表）[DOC原件] - 万卷素材下载站",
        date="2024-09-10",
        notes="download station as text: file info, mirror links, unzip password; 成文日期 under the signature; "
        "a '下载地址在文末' prompt glued after a sentence",
        page="""
!m 万卷素材下载站　公文·表格·方案一站下
!m 首页 ＞ 方案计划 ＞ 工作方案
!t 鹝溪镇老粮站旧计量器具清点移交工作方案（附清点登记表）[DOC原件]
!m 文件格式：DOC　　文件大小：28KB　　下载次数：64　　更新：2024-10-11
!m 运行环境：WPS / Office
{BODY}
!a 下载地址①：本地高速下载　　下载地址②：网盘下载
!m 解压密码：wanjuan
!a 下载不了？点此反馈
!d 本站资源来源于网络，版权归原作者所有，仅供学习研究
""",
        indent="\u3000\u3000",
        body="""
为配合老粮站旧址改造为粮食文化展示馆，做好站内旧计量器具的清点和移交，制定本方案。
一、清点范围。老粮站仓库内存放的米斗、升子、斗刮、杆秤、磅秤等旧计量器具。
二、工作步骤。镇文化站会同粮站留守人员逐件清点，登记名称、尺寸、材质和保存状况，拍照编号；清点结果由双方签字确认。⟦a （清点登记表下载地址在文末）⟧
三、移交保管。清点完毕的器具统一移交镇文化站，米斗等木器存放于干燥通风的库房，离地离墙摆放，防止受潮虫蛀。
四、时间安排。9月20日前完成清点，9月30日前完成移交。
鹝溪镇人民政府
2024年9月10日
""",
    ),
    dict(
        slug="exam-zhuling-woodcarver-skill-test-admission-ticket",
        site="铢岭县人力资源考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zlrsks.cn/kwtz/2024/0806/117.html",
        title="关于2024年第三批木雕工（家具雕刻方向）职业技能等级认定考试有关事项的通知",
        record_title="[考务通知]关于2024年第三批木雕工（家具雕刻方向）职业技能等级认定考试有关事项的通知——铢岭县人力资源考试网",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; 下载并打印准考证 as content; the centre's "
        "咨询电话 beside the site's technical line; the site's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[考务通知]关于2024年第三批木雕工（家具雕刻方向）职业技能等级认定考试有关事项的通知——铢岭县人力资源考试网</title>
<script src="/js/zkz-float.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统维护公告：8月10日22:00至次日6:00暂停报名服务⟧</div>
<div class="ks-head">⟦m 铢岭县人力资源考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="ks-nav">⟦m 网站首页　考试动态　报名入口　成绩查询　证书领取⟧</div>
<div class="ks-loc">⟦m 首页 ＞ 考务通知⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布时间：2024-08-06 15:30　来源：县职业技能鉴定中心⟧</div>
{BODY}
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口 ▶⟧</a></div>
<div class="ks-foot">
<p>⟦m 主办：铢岭县人力资源和社会保障局⟧</p>
<p>⟦m 网站技术咨询：0735-3319966（仅解答系统操作问题）⟧</p>
<p>⟦m 湘ICP备10021587号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2024年第三批木雕工（家具雕刻方向）职业技能等级认定将于8月24日至25日在铢岭县职业技术学校举行。现将有关事项通知如下：
一、考生请于8月19日至23日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
二、理论知识考试时间为8月24日上午9:00—10:30，题型为单项选择题和判断题。
三、操作技能考核时间为8月25日，考生须在四小时内完成一块太师椅靠背板的浮雕，纹样由考评组现场抽取。考生可自带刻刀，木料由考点统一提供。
四、考生须提前30分钟到达考点，迟到15分钟以上不得入场。
咨询电话：0735-3326018（工作日）
铢岭县职业技能鉴定中心
2024年8月5日
""",
    ),
    dict(
        slug="exam-zishui-craft-title-review-incense-burner-wrapped",
        site="锱水人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zsrsks.com/zcps/20240628-2.html",
        title="关于做好2024年度工艺美术专业（金属工艺方向）职称评审作品送审工作的通知",
        date="2024-06-28",
        notes="record title as is; hard-wrapped at 70 columns; 成文日期 under the signature; the site's "
        "announcement strip and QQ group line",
        page="""
!m 锱水人事考试信息网
!m 【滚动】2024年度事业单位公开招聘笔试成绩已公布，请考生及时查询
!m 位置：首页 - 职称评审
{T}
!m 时间：2024-06-29　点击：533
{BODY}
!w 职称申报交流QQ群：702615538（仅限交流，不代办）
!l 上一篇：2024年度中小学教师职称评审公告
!m 锱水人事考试信息网　版权所有
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
各有关单位：
根据市人社局职称工作安排，2024年度工艺美术专业初、中级职称评审工作即将开始。为做好金属工艺（铜香炉铸造）方向的评审，现将有关事项通知如下。
一、申报人员须提交本人近三年独立完成的铜香炉作品2件，作品须附设计图和制作过程照片。
二、作品送达时间为7月15日至7月19日，地点为锱水县工艺美术行业服务中心一楼。
三、评审委员会将对作品的造型、铸造、打磨、纹饰四个方面进行现场评议，必要时请申报人答辩。
四、申报材料弄虚作假的，取消当年申报资格。
锱水县人力资源和社会保障局
2024年6月28日
""",
        date_also=["2024-06-29"],
    ),
    dict(
        slug="tender-bingchuan-inquiry-prams-nursing-rooms",
        site="秉川公共资源交易服务平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.bingchuan.gov.cn/jyxx/zfcg/xjgg/20240508/00417.html",
        title="鹥湖区社区母婴室设施配置（婴儿车）采购项目询价公告",
        record_title="【询比价】鹥湖区社区母婴室设施配置（婴儿车）采购项目询价公告-秉川公共资源交易服务平台",
        date="2024-05-08",
        notes="tender portal: countdown, CA and trading-system lines; purchaser and agency contacts in the body; a lots "
        "table one row a paragraph; a deadline date inside the body is not the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【询比价】鹥湖区社区母婴室设施配置（婴儿车）采购项目询价公告-秉川公共资源交易服务平台</title>
<script src="/static/js/countdown.js"></script>
</head>
<body>
<div class="gz-top">⟦m 秉川公共资源交易服务平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="gz-nav">⟦m 首页　交易信息　政府采购　工程建设　信用信息　服务指南⟧</div>
<div class="gz-loc">⟦m 交易信息 › 政府采购 › 询价公告⟧</div>
<div class="gz-box">
<h3>{T}</h3>
<div class="gz-meta">⟦m 信息时间：2024-05-08　阅读次数：288⟧</div>
<div class="gz-count">⟦m 距报价截止还剩：6天 23时 14分⟧</div>
{BODY}
<div class="gz-att">⟦a 相关附件：询价文件（鹥湖区母婴室婴儿车）.zip⟧</div>
</div>
<div class="gz-foot">
<p>⟦m CA证书办理咨询：0737-5120611⟧</p>
<p>⟦m 交易系统故障报修：0737-5120688（7×24小时）⟧</p>
<p>⟦m 秉川市公共资源交易中心　湘ICP备18002736号⟧</p>
</div>
</body>
</html>
""",
        body="""
项目名称：鹥湖区社区母婴室设施配置（婴儿车）采购项目
项目编号：YHQ-CG-2024-0517
一、采购需求
品目　数量　最高限价（元）
高景观婴儿车　40辆　1200
轻便折叠婴儿车　60辆　560
二、供应商资格：具有独立承担民事责任的能力，所投婴儿车须取得3C认证。
三、报价截止时间：2024年5月15日10:00，供应商须在交易系统上传报价文件。
四、联系方式
采购人：秉川市鹥湖区妇女联合会，联系人：向晴，电话：0737-5318062
代理机构：秉川正则招标代理有限公司，联系人：褚一帆，电话：0737-5290417
秉川正则招标代理有限公司
2024年5月8日
""",
    ),
    dict(
        slug="tender-zhuling-award-armchairs-record-date",
        site="铢岭县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.zhuling-zfcg.cn/zbgg/2024/0912/5531.html",
        title="铢岭县非遗展示馆仿古家具采购项目中标结果公告",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="record title and date as is; an award table one row a paragraph; purchaser and agency phones beside the "
        "platform's hotline; expert list",
        page="""
!m 铢岭县政府采购网
!m 首页 > 采购公告 > 中标（成交）结果
{T}
!m 发布日期：2024-09-12　浏览：177
{BODY}
!m 平台服务热线：0735-3300400（工作日8:30—17:30）
!l 上一条：铢岭县第二中学课桌椅采购项目成交公告
!m 铢岭县财政局主办　湘ICP备09017736号
""",
        body="""
一、项目编号：ZLX-2024-CG-0332
二、项目名称：铢岭县非遗展示馆仿古家具采购项目
三、中标信息
包号　货物　中标供应商　中标金额（元）
1　红木太师椅12把　铢岭县榫韵红木家具有限公司　158400
2　茶几、条案等配套家具　镒阳县老槐木作坊　96300
四、评审专家：范秋实、丁若澜、苏槿、韦启明、龚砚
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：铢岭县文化馆，联系电话：0735-3310426
采购代理机构：铢岭县公共资源交易中心，联系电话：0735-3302119
""",
    ),
    dict(
        slug="lawfirm-chengming-case-pram-folding-lock-injury",
        site="秉川澄明律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.chengming-law.cn/anli/xiaofei/2024/1088.html",
        title="婴儿车锁扣松开夹伤孩子，商家要担责吗？",
        record_title="个案精读 ▏婴儿车锁扣松开夹伤孩子，商家要担责吗？-秉川澄明律师事务所",
        date=None,
        notes="law firm case note: lawyer card, consult float, 400 line, a repost notice; no date (整理于 上月); "
        "bracketed section labels in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>个案精读 ▏婴儿车锁扣松开夹伤孩子，商家要担责吗？-秉川澄明律师事务所</title>
<script src="/js/zixun.js"></script>
</head>
<body>
<div class="cm-top">⟦m 秉川澄明律师事务所⟧ ⟦m 全国法律咨询热线 400-870-6612⟧</div>
<div class="cm-nav">⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</div>
<div class="cm-art">
<h1>{T}</h1>
<div class="cm-meta">⟦m 整理：消费维权团队　整理于 上月　阅读 622⟧</div>
{BODY}
<div class="cm-note">⟦d 本文案例已作匿名化处理，转载须经澄明律所书面同意⟧</div>
</div>
<div class="cm-card">
<p>⟦m 主办律师：戴晏清⟧</p>
<p>⟦m 执业证号：14307201910236477⟧</p>
<p>⟦w 扫码添加律师微信，首次咨询免费⟧</p>
</div>
<div class="cm-float">⟦w 在线咨询⟧ ⟦w 留下电话，律师回拨⟧</div>
<div class="cm-foot">⟦m 地址：秉川市鹥湖区中山路108号澄明大厦9层⟧　⟦m 湘ICP备19020473号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】2023年冬，市民周女士在网店购买了一辆折叠婴儿车。使用第三个月时，车架折叠锁扣突然松开，车身塌陷，夹伤了孩子的手指。周女士要求商家赔偿，商家以“使用不当”为由拒绝。
【法院判决】法院审理认为，经鉴定，该婴儿车锁扣不符合国家标准中锁定装置的要求，属于缺陷产品。销售者应当承担赔偿责任，判决商家赔偿医疗费、护理费等共计1.3万元。
【律师提示】购买婴儿车时请保留订单和发票；发生损害后及时拍照、就医并保存病历，必要时申请产品质量鉴定。生产者和销售者都是可以主张赔偿的对象。
""",
    ),
    dict(
        slug="lawfirm-mingbian-letter-armchair-false-timber",
        site="锱水明辨律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.mingbian-lawyer.com/wenshu/lsh/2024-10-23.html",
        title="关于所购太师椅材质不符的律师函",
        record_title="【律师函样本·消费维权】关于所购太师椅材质不符的律师函（已隐去商户名称）- 锱水明辨律师事务所",
        date="2024-10-22",
        notes="law firm letter: 成文日期 under the signature; a consult line and a repost notice; the site's "
        "posting stamp (昨天) is no date",
        page="""
!m 锱水明辨律师事务所　明法辨理　守正维权
!m 首页 / 法律文书 / 律师函
!t 【律师函样本·消费维权】关于所购太师椅材质不符的律师函（已隐去商户名称）
!m 发布：昨天　浏览 208
{BODY}
!w 遇到类似消费纠纷？致电明辨律所 0738-5236600 预约面谈
!d 本站文书仅作示范，已隐去当事人信息，请勿擅自套用
!m 锱水明辨律师事务所　赣ICP备20015572号
""",
        indent="\u3000\u3000",
        body="""
致：铢岭县某家具商行
本所接受龚先生的委托，就其向贵商行购买太师椅一事，郑重致函如下：
2024年8月，龚先生在贵商行以每把6800元的价格购买“酸枝木”太师椅两把，贵商行在销售单上注明材质为红酸枝。经检测机构鉴定，该两把太师椅的主要材质为染色硬木，并非红酸枝。
贵商行的行为涉嫌以假充真，侵害了消费者的知情权和公平交易权。请贵商行在收到本函之日起七日内与龚先生协商退货退款事宜，并依法承担相应赔偿责任。逾期未处理的，本所将依法代为提起诉讼。
锱水明辨律师事务所
律师：郑书衡
2024年10月22日
""",
    ),
    dict(
        slug="community-suanqiao-notice-incense-burner-lecture-scan",
        site="狻桥社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://suanqiao.shequ-bc.cn/tzgg/2024-11-04/352.html",
        title="关于举办“铜香炉里的老手艺”鉴赏讲座的通知",
        record_title="狻桥社区｜关于举办“铜香炉里的老手艺”鉴赏讲座的通知（内附扫码报名）",
        date="2024-11-04",
        notes="residents' site: weather line, grid member's box, property repair and night lines; the community's "
        "own 报名咨询 phone in the body; 扫描二维码报名 and 关注 the community chat as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>狻桥社区｜关于举办“铜香炉里的老手艺”鉴赏讲座的通知（内附扫码报名）</title>
<script src="/js/sq-weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 狻桥社区网　邻里守望　幸福狻桥⟧ ⟦m 秉川 晴 12～21℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　通知公告　便民服务　文明实践⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：2024-11-04　狻桥社区居委会　阅读 389⟧</div>
{BODY}
</div>
<div class="sq-grid">
<h4>⟦l 我的网格员⟧</h4>
<p>⟦m 第三网格　管一鸣　139 0737 4412⟧</p>
</div>
<div class="sq-wy">⟦m 物业报修：0737-5302200　夜间值班：0737-5302211⟧</div>
<div class="sq-foot">⟦m 秉川市鹥湖区狻桥社区居民委员会　主办⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为丰富社区文化生活，狻桥社区新时代文明实践站将于11月9日（周六）下午3点，在社区党群服务中心二楼举办“铜香炉里的老手艺”鉴赏讲座，邀请锱水县铜器铸造传承人邵德丰现场讲解铜香炉的造型、铸造和保养知识。
欢迎家中有老香炉的居民带来现场交流，专家将免费提供保养建议。讲座名额40个，请扫描公告栏上的二维码报名，额满为止。如遇天气变化改期，请关注社区微信群里的通知。
报名咨询：社区居委会　0737-5302648
狻桥社区居民委员会
2024年11月4日
""",
    ),
    dict(
        slug="community-queyuan-minutes-summer-cricket-cage-class",
        site="鹐园社区网 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.queyuan-sq.cn/jwgk/20240703.html",
        title="鹐园社区暑期“小小编织匠”公益课堂筹备会会议纪要",
        record_title="【居务晒台】鹐园社区暑期“小小编织匠”公益课堂筹备会会议纪要 - 鹐园社区网",
        date="2024-07-02",
        date_also=["2024-07-03"],
        notes="residents' site minutes: the 时间 line is the date, the posting date also accepted; 时间/地点/主持/参会/记录 "
        "lines; 扫码签到 as content; a volunteer sign-up prompt between items",
        page="""
!m 鹐园社区网
!m 居务公开 ＞ 会议纪要
!t 【居务晒台】鹐园社区暑期“小小编织匠”公益课堂筹备会会议纪要
!m 发布于 2024-07-03　社区办公室
{BODY}
!a 想当志愿者？在“鹐园邻里”小程序里报名
!m 鹐园社区居委会　值班电话：0737-5313301
""",
        body="""
时间：2024年7月2日上午9:30
地点：鹐园社区议事厅
主持：社区党委书记　倪晓岚
参会：社区两委成员、志愿者代表、鹐园小学家长代表
记录：祁露
会议研究了暑期“小小编织匠”公益课堂的筹备工作，纪要如下：
一、课堂安排在7月15日至8月9日每周二、周四下午，共8次课，教孩子用竹篾编蝈蝈笼。
⟦a 〔志愿者招募中，点此了解〕⟧
二、邀请韪坪镇蝈蝈笼编织传承人薄庆山的徒弟施蕴担任老师，授课费从社区公益金中列支。
三、竹篾、剪刀等材料由志愿者统一采购，剪刀须选用圆头安全剪；每次上课家长须扫码签到。
四、每期招收8至12岁儿童20名，由网格员负责报名登记。
""",
    ),
]
