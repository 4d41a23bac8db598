"""holdout187, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text, written blind."""

CASES = [
    dict(
        slug="localforum-tongjiang-livehouse-safety-junk",
        site="桐江在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.tongjiangol.com/thread-330187-1-1.html",
        title="关于加强小型演出场所（Livehouse）安全管理的通知",
        record_title="[县城资讯] 关于加强小型演出场所（Livehouse）安全管理的通知 - 桐江杂谈 - 桐江在线",
        date="2024-08-19",
        notes="local forum with junk lines and glued junk; decorated title [board] … - board - site; document's own 举报电话 kept",
        page="""
!m 桐江在线 › 桐江杂谈 › 正文
!t [县城资讯] 关于加强小型演出场所（Livehouse）安全管理的通知 - 桐江杂谈 - 桐江在线
!m 发帖人：江边听风　　UID 55102　　帖子 1208　　发表于 2024-8-20 08:12
{BODY}
!l 2楼　音乐老炮：支持，上次去那家人挤得转不过身
!l 3楼　桐江小王子：票价会不会涨啊
!a 快速回复　　　[ 登录后才能回复 ]
!m 桐江在线 | 联系站务 | 手机版 | 桐ICP备09002245号
""",
        junk=dict(lines=2, glued=2),
        body="""
各演出场所经营单位：
近年来，我县小型演出场所数量增多，部分场所存在超员售票、疏散通道堵塞、消防设施缺失等隐患。为保障观众人身安全，现就有关事项通知如下。
一、严格控制观众人数。演出场所应按核定容量售票，不得超量售票或放任无票人员进场。
二、保持疏散通道畅通。安全出口不得锁闭，舞台烟雾、冷焰火等特效设备使用前须报备。
三、落实安全巡查。演出期间每场至少安排两名安全员，演出结束后全面检查电气线路。
四、自觉接受监督。文旅、消防、公安部门将开展联合检查，对存在重大隐患的场所依法责令停业整改。
举报电话：0599-4213110
县文化广电旅游局
2024年8月19日
""",
    ),
    dict(
        slug="localforum-shuangzhen-horse-riding-club-html",
        site="双镇生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shuangzhen.net/bbs/viewthread.php?tid=77215",
        title="草原马术俱乐部暑期骑马体验安全须知",
        record_title=None,
        date=None,
        notes="local forum HTML page; no record title; no date in the document (post time is a relative one); numbered rules with 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>草原马术俱乐部暑期骑马体验安全须知 - 吃喝玩乐 - 双镇生活网</title></head>
<body>
<div class="top">⟦m 双镇生活网 · 双镇人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 手机访问⟧</div>
<div class="nav">⟦m 论坛首页 » 吃喝玩乐 » 帖子⟧</div>
<table class="post"><tr>
<td class="user">⟦m 楼主 马场阿吉⟧<br>⟦m 注册：2019-05⟧</td>
<td class="msg">
<h2>{T}</h2>
<div class="posttime">⟦m 发表于 3 天前⟧ ⟦l 只看楼主⟧</div>
{BODY}
</td></tr></table>
<div class="reply">⟦l 回帖 (12)⟧ ⟦l 收藏 (30)⟧ ⟦l 分享⟧</div>
<div class="ad">⟦w 马场团建、亲子游预订请致电 139 0477 2156（阿吉）⟧</div>
<div class="ft">⟦d 本帖仅代表作者观点，与双镇生活网无关。⟧</div>
</body></html>
""",
        body="""
欢迎来到草原马术俱乐部。为保证骑马体验安全，请每位游客认真阅读以下须知：
1.骑马前须穿戴俱乐部提供的头盔和护具，穿长裤和平底鞋，不穿裙子和拖鞋。
2.12岁以下儿童须由教练牵马，60岁以上老人和孕妇不宜骑马。
3.上下马要从马的左侧进行，不要站在马的后方，不要突然大声喊叫惊吓马匹。
4.骑行过程中双脚只踩脚蹬前三分之一，遇到马匹受惊时握紧缰绳、身体后仰，听从教练指挥。
5.饮酒后禁止骑马。
6.体验前请扫描马场入口二维码签署安全告知书。
祝您玩得开心、安全！
""",
    ),
    dict(
        slug="download-zhiliao-plan-kala-azar-html",
        site="知料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.zhiliaoxz.com/soft/yiliao/8821.html",
        title="沙泉县黑热病监测与防治工作方案",
        record_title="沙泉县黑热病监测与防治工作方案 免费下载",
        date="2024-04-02",
        notes="old download-station table layout: file-info table, mirror links, dead-link report; decorated title ( 免费下载); the document shown in a preview box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>沙泉县黑热病监测与防治工作方案 免费下载 - 知料下载站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 知料下载站 — 绿色·安全·免费⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 资料下载 → 医疗卫生⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：52 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-11⟧</td><td>⟦m 下载热度：★★★☆☆⟧</td></tr>
<tr><td colspan="2">⟦m 运行环境：Word2003/WPS⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="980" align="center"><tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td><td>⟦a 下载地址三：本地下载⟧</td></tr></table>
<p>⟦a 下载地址失效？点此报告死链⟧</p>
<table width="980" align="center"><tr><td>⟦d 本站资料来自网络，仅供学习研究，请下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
为巩固黑热病防治成果，及时发现和处置输入性及本地病例，保障群众身体健康，结合我县实际，制定本方案。
一、监测范围：全县6个乡镇，重点为历史流行村和与流行区交界的村。
二、监测内容
（一）病例监测。各级医疗机构对长期不规则发热、脾脏肿大、贫血的患者，要询问流行区旅居史，必要时采血检测。
（二）媒介监测。5月至9月在3个监测点开展白蛉密度监测，每半月一次。
（三）犬只监测。对监测村家犬开展抽样检测，阳性犬只按规定处置。
三、防治措施：对确诊病例实行免费治疗；在白蛉活动季节对重点村开展室内滞留喷洒。
沙泉县疾病预防控制中心
2024年4月2日
""",
    ),
    dict(
        slug="download-wenquan-rules-animal-quarantine",
        site="文泉资源网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenquanzy.com/down/zhidu/2024/13309.html",
        title="动物卫生监督所产地检疫工作制度",
        record_title="动物卫生监督所产地检疫工作制度.wps",
        date=None,
        notes="file-name record title; a regulation whose articles speak of 打印/扫码/下载; no date; download list at the end",
        page="""
!m 文泉资源网｜免费资料下载
!m 首页 > 规章制度 > 农业畜牧
!t 动物卫生监督所产地检疫工作制度.wps
!m 资料大小：28KB　资料类型：WPS文字　授权：免费　更新：2024-06-30 11:20
!a ⇓ 点击进入下载页 ⇓
{BODY}
!a 网通下载 | 电信下载 | 备用下载
!l 热门下载：畜禽养殖场防疫制度.doc　兽药经营质量管理制度.wps
!d 如本站资料侵犯了您的权益，请来函告知，我们将及时删除。
""",
        body="""
第一条　为规范动物产地检疫工作，防止动物疫病传播，根据《中华人民共和国动物防疫法》和《动物检疫管理办法》，制定本制度。
第二条　出售或者运输动物的，货主应当提前三天向所在地动物卫生监督机构申报检疫。
第三条　官方兽医接到申报后，应当及时到场实施检疫，查验养殖档案、畜禽标识和免疫情况，并进行临床检查。
第四条　检疫合格的，出具动物检疫证明，证明应当通过动物检疫电子出证系统打印，不得手写。
第五条　承运人、货主可以扫描检疫证明上的二维码，或者从农业农村部门网站下载查询程序，核验证明真伪。
第六条　检疫不合格的，出具检疫处理通知单，并监督货主按规定处理。
第七条　官方兽医应当坚持“到场检疫”，不得出具虚假检疫证明。
第八条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="exam-chengshan-notice-telemedicine-recruit-html",
        site="澄山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.chengshan.gov.cn/kszx/2024/0715/9912.html",
        title="澄山市远程医疗会诊中心2024年公开招聘工作人员公告",
        record_title="澄山市远程医疗会诊中心2024年公开招聘工作人员公告-考试资讯-澄山市人事考试网",
        date="2024-07-12",
        notes="exam site; decorated title; position table rows; document's 咨询电话 kept next to the site's technical support line; 下载/打印 准考证 sentence kept",
        date_also=["2024-07-15"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄山市远程医疗会诊中心2024年公开招聘工作人员公告-考试资讯-澄山市人事考试网</title></head>
<body>
<div class="ksw-top">⟦m 澄山市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧</div>
<div class="ksw-nav">⟦m 首页 考试资讯 报名通知 成绩查询 证书办理 政策法规⟧</div>
<div class="ksw-pos">⟦m 您现在所在的位置：首页 &gt; 考试资讯⟧</div>
<h1>{T}</h1>
<div class="ksw-date">⟦m 发布日期：2024-07-15　　信息来源：市卫健委⟧</div>
<div class="ksw-body">
{BODY}
</div>
<div class="ksw-tip">⟦w 网上报名技术问题请拨打：0793-3355100（工作日9:00-17:00）⟧</div>
<div class="ksw-foot">⟦m 主办：澄山市人力资源和社会保障局　承办：澄山市人事考试中心⟧</div>
</body></html>
""",
        body="""
根据工作需要，经市人力资源和社会保障局同意，澄山市远程医疗会诊中心面向社会公开招聘工作人员4名。现将有关事项公告如下。
一、招聘岗位
岗位代码　　岗位名称　　人数　　学历要求
YC01　　临床医师　　2　　本科及以上
YC02　　影像诊断医师　　1　　本科及以上
YC03　　网络运维　　1　　大专及以上
二、报名时间
2024年7月20日9:00至7月24日17:00，网上报名。
三、考试安排
笔试时间另行通知，考生须于考前三天登录本网站下载并打印准考证。
四、咨询电话
0793-3357712（市远程医疗会诊中心办公室）
澄山市卫生健康委员会
2024年7月12日
""",
    ),
    dict(
        slug="exam-haizhou-notice-blue-carbon-interview",
        site="海州人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hzrsks.cn/html/2024/mianshi_0902/5512.html",
        title="海州市海洋蓝碳监测站2024年公开招聘面试公告",
        record_title=None,
        date="2024-09-02",
        notes="no record title; interview list rows; 联系电话 kept; site chrome and a reminder box between paragraphs",
        page="""
!m 海州人事考试信息网
!m 网站首页 ｜ 事业单位招聘 ｜ 公务员考试 ｜ 职称考试 ｜ 公告公示
{T}
!m 时间：2024-09-02 16:30　来源：本站　浏览：3216
{BODY}
!a 【打印本页】　【返回顶部】
!d 本网站为海州市人事考试中心唯一官方网站，请考生谨防诈骗。
!m 技术支持：海州信息技术公司
""",
        body="""
根据《海州市海洋蓝碳监测站2024年公开招聘工作人员公告》，现将面试有关事项公告如下。
一、面试人员名单
岗位　　准考证号　　笔试成绩
海洋生态监测　　20240110203　　71.5
海洋生态监测　　20240110117　　69.0
碳汇核算　　20240120308　　74.0
碳汇核算　　20240120215　　70.5
⟦a 温馨提示：考生请及时关注本网站后续公告⟧
二、资格复审：9月9日上午在市海洋发展局三楼会议室进行，考生须携带身份证、学历证书原件。
三、面试时间：9月14日，面试采取结构化面试方式。
联系电话：0518-8321045
海州市海洋发展局
2024年9月2日
""",
    ),
    dict(
        slug="tender-yunsu-procurement-carcass-collection-html",
        site="云溯县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="http://ggzy.yunsu.gov.cn/jyxx/zfcg/cggg/20240408/7731.html",
        title="云溯县病死畜禽无害化收集转运服务项目竞争性磋商公告",
        record_title="云溯县病死畜禽无害化收集转运服务项目竞争性磋商公告",
        date="2024-04-08",
        notes="record title; tender platform with CA hotline; lot table; purchaser and agency contacts kept; 下载 of documents as content",
        page="""
<html><head><meta charset="utf-8"><title>云溯县公共资源交易网</title></head>
<body>
<div class="jy-top">⟦m 云溯县公共资源交易网⟧ ⟦a 投标人登录⟧ ⟦a CA办理⟧</div>
<div class="jy-nav">⟦m 首页 交易信息 政策法规 办事指南 信用信息⟧</div>
<div class="jy-crumb">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<div class="jy-title">{T}</div>
<div class="jy-attr">⟦m 【信息时间：2024-04-08】　【我要打印】　【关闭】⟧</div>
<div class="jy-detail">
{BODY}
</div>
<div class="jy-help">⟦w CA证书及电子标书问题咨询：400-880-3762⟧</div>
<div class="jy-ft">⟦m 云溯县公共资源交易中心　地址：云溯县行政服务中心四楼⟧</div>
</body></html>
""",
        body="""
项目概况：云溯县病死畜禽无害化收集转运服务项目的潜在供应商应在县公共资源交易网获取采购文件，并于2024年4月19日9时30分（北京时间）前提交响应文件。
一、项目基本情况
项目编号：YSCG-2024-031
采购方式：竞争性磋商
预算金额：118万元
采购需求：为全县养殖场户提供病死畜禽定点收集、冷链转运至无害化处理中心服务，服务期一年。
二、供应商资格要求
具有动物防疫条件合格证的冷藏运输车辆不少于3台，近三年无重大动物疫病传播事故。
三、获取采购文件
供应商登录交易网下载采购文件，不收取费用。
四、联系方式
采购人：云溯县农业农村局　联系人：潘工　电话：0858-6620418
代理机构：黔衡项目管理有限公司　联系人：宗女士　电话：0858-6631952
""",
    ),
    dict(
        slug="tender-baiyuan-result-subsoiling-service",
        site="柏源县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zfcg.baiyuan.gov.cn/cggg/zbgg/20240922/118.html",
        title="柏源县2024年秋季深松整地作业服务项目中标（成交）结果公告",
        record_title="柏源县2024年秋季深松整地作业服务项目中标（成交）结果公告_柏源县政府采购网",
        date="2024-09-22",
        notes="decorated title; bid result table; 公告期限 sentence; contacts kept; site chrome",
        page="""
!m 柏源县政府采购网
!m 当前位置：首页 › 采购公告 › 中标公告
{T}
!m 发布时间：2024-09-22　　发布人：采购中心　　浏览：417
{BODY}
!a 附件下载（需登录）
!l 上一条：柏源县中小学课桌椅采购项目更正公告
!l 下一条：县农机推广站植保无人机采购项目招标公告
!m 采购监管投诉电话：0459-5112009　　黑ICP备13004471号
""",
        body="""
一、项目编号：BYCG-2024-0917
二、项目名称：柏源县2024年秋季深松整地作业服务项目
三、中标（成交）信息
标段　　供应商名称　　作业面积（亩）　　中标金额（元）
一标段　　柏源县丰垄农机专业合作社　　30000　　900000
二标段　　柏源县金土地农业服务有限公司　　25000　　742500
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：柏源县农业农村局　联系人：田先生　电话：0459-5108873
采购代理机构：柏源县政府采购中心　联系电话：0459-5113306
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-lecture-constitution-week-html",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.zhengyuanlaw.cn/insights/2024/1204-xianfa.html",
        title="宪法就在我们身边——“12·4”国家宪法日进社区普法讲稿",
        record_title="律所观点丨宪法就在我们身边——“12·4”国家宪法日进社区普法讲稿",
        date="2024-12-04",
        notes="law firm insights page; decorated title; date under the lecture title; lecturer line neutral; disclaimer footer",
        page="""
<html><head><meta charset="utf-8"><title>律所观点丨宪法就在我们身边 - 正源律师事务所</title></head>
<body>
<div class="law-head">⟦m 正源律师事务所 ZHENGYUAN LAW FIRM⟧ ⟦w 法律咨询：0551-6288 1200⟧</div>
<div class="law-nav">⟦m 首页 · 关于正源 · 专业领域 · 律师团队 · 正源观点 · 联系我们⟧</div>
<div class="law-crumb">⟦m 正源观点 / 普法讲堂⟧</div>
<h1>{T}</h1>
<p class="lecturer">主讲：正源律师事务所律师　袁以宁</p>
<p class="lecturer">（2024年12月4日）</p>
<div class="law-body">
{BODY}
</div>
<div class="law-note">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见。⟧</div>
<div class="law-tags">⟦l 相关标签：宪法 普法 社区⟧</div>
<div class="law-foot">⟦m 地址：庐阳区政通路88号正源大厦16层⟧ ⟦m 皖ICP备17003309号⟧</div>
</body></html>
""",
        body="""
各位居民朋友，大家上午好！
今天是第十一个国家宪法日。一说到宪法，很多人觉得离自己很远。其实，宪法就在我们身边。
孩子上学，宪法规定公民有受教育的权利和义务；老人领养老金，宪法规定国家建立健全同经济发展水平相适应的社会保障制度；我们在业主大会上投票，也是在行使民主管理的权利。
宪法规定了公民的基本权利，也规定了基本义务，比如依法纳税、维护国家统一和民族团结、遵守公共秩序。
希望大家把宪法读一读，遇到问题多想一想法律是怎么规定的。谢谢大家！
""",
    ),
    dict(
        slug="lawfirm-heming-letter-quilting-factory-wages",
        site="和鸣律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hemingls.com/news/show-2207.html",
        title="致绗缝家纺企业的劳动用工合规提示函",
        record_title=None,
        date="2024-10-16",
        notes="no record title; letter with numbered points; firm's contact lines at the bottom and an advice hotline at the top; 成文日期",
        page="""
!m 和鸣律师事务所 · 专注劳动与企业合规
!w 免费法律咨询热线 400-1861-220　微信同号
!m 首页 > 律所动态 > 合规提示
{T}
!m 发布：和鸣劳动法团队　　2024-10-17
{BODY}
!l 推荐阅读：《企业裁员的五个法律风险》《加班费怎么算才不违法》
!d 本文版权归和鸣律师事务所所有，转载请注明出处。
!m 地址：南通市崇川区工农路156号 ｜ 邮箱：heming@hemingls.com
""",
        date_also=["2024-10-17"],
        body="""
各绗缝家纺企业：
每年第四季度是被褥、床品的生产旺季，企业赶工多、用工多，劳动纠纷也容易在这个时候集中出现。结合近年代理的案件，本所提示如下：
一、及时签订书面劳动合同。季节工、计件工同样要在用工之日起一个月内签订，逾期未签的，企业须支付双倍工资。
二、依法安排加班。每月加班不得超过36小时，计件工人的加班费也要按规定另行计算。
三、按时足额发放工资。不得以“押工资”方式留人，工资至少每月支付一次。
四、做好职业防护。绗缝车间粉尘较大，应配备防尘口罩，并定期组织职业健康检查。
如需合规体检或培训，可与本所劳动法团队联系。
和鸣律师事务所
2024年10月16日
""",
    ),
]
