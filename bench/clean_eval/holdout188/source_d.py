"""holdout188, part D: local forums, download stations, personnel-exam sites, tender portals, law firms. Invented text."""

CASES = [
    dict(
        slug="localbbs-nanqiao-html-notice-stadium-parking",
        site="南桥生活论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.nanqiaolife.com/thread-88172-1-1.html",
        title="关于电竞赛事期间体育中心周边交通组织的通告",
        record_title="[转帖] 关于电竞赛事期间体育中心周边交通组织的通告 - 南桥资讯 - 南桥生活论坛",
        date="2024-10-16",
        date_also=["2024-10-17"],
        notes="county forum repost; post time differs from the notice date; jammer fonts; a detour table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[转帖] 关于电竞赛事期间体育中心周边交通组织的通告 - 南桥资讯 - 南桥生活论坛</title></head>
<body>
<div id="hd">⟦m 南桥生活论坛 · 南桥人自己的网上家园⟧ ⟦a 登录 | 注册⟧</div>
<div id="nv">⟦l 首页 南桥资讯 房产家居 二手市场 招聘求职⟧</div>
<div id="pt">⟦m 南桥生活论坛 » 南桥资讯 » 帖子⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：桥头老杨　发表于 2024-10-17 07:58　查看: 6630　回复: 47⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 3 威望 +6 收起理由：实用⟧</div>
<div class="re">⟦l 2楼 城西阿芳：那几天别开车去了 3楼 NQ骑手：外卖咋送⟧</div>
<div id="ft">⟦m 南桥生活论坛 ( 湘ICP备17021138号-1 )⟧</div>
</body></html>
""",
        junk=dict(lines=0, glued=2),
        body="""
为保障2024年全省电竞联赛总决赛期间道路交通安全有序，现就体育中心周边交通组织通告如下：
一、管制时间：10月19日至20日，每日14时至23时。
二、管制路段
路段　措施
体育路（文化路至江滨路）　禁止机动车通行
江滨路辅道　禁止停车
三、观赛市民请尽量乘坐公交8路、15路前往，体育中心北门临时设置出租车候客区。
南桥县公安局交通警察大队
2024年10月16日
""",
    ),
    dict(
        slug="localbbs-qiaokou-text-letter-sofa-factory",
        site="桥口在线论坛 (invented)",
        style="地方论坛",
        genre="公开信",
        kind="letter",
        form="text",
        source="http://www.qiaokouol.com/forum/view-12903.html",
        title="致沙发产业园周边居民的一封信",
        record_title="致沙发产业园周边居民的一封信",
        date=None,
        notes="no date anywhere except relative times; junk lines; floors after the post",
        page="""
!m 桥口在线 > 民生热线 > 正文
!m 楼主：产业园小周　　发表于 昨天 16:20　　人气 1302
{T}
{BODY}
!l #2 老街坊：说话算话就行
!l #3 云朵朵：喷漆那块味道确实大
!a 回复本帖　　分享　　举报
""",
        junk=dict(lines=1, glued=1),
        body="""
各位居民朋友：
近来，部分居民反映沙发产业园喷漆车间有异味。对此，产业园管委会高度重视，已责成相关企业立即整改。
一是所有喷漆工序在本月底前全部进入密闭车间，废气经处理后达标排放。
二是每月邀请居民代表走进车间参观，接受大家监督。
三是开通居民意见反映渠道，电话0598-4417720，工作日专人接听。
感谢大家的理解和支持。
桥口沙发产业园管委会
""",
    ),
    dict(
        slug="download-pinzhi-html-rules-biscuit-plant",
        site="品志下载站 (invented)",
        style="资料下载站",
        genre="管理制度",
        kind="rules",
        form="html",
        source="http://www.pinzhidown.com/soft/zhidu/20871.html",
        title="饼干生产车间卫生管理制度",
        record_title="饼干生产车间卫生管理制度 Word版 免费下载",
        date=None,
        notes="old table layout with file-info table and mirror links; articles speak of 扫码 (kept); no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>饼干生产车间卫生管理制度 Word版 免费下载_品志下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 品志下载站 — 办公资料一站下⟧</td><td>⟦a 收藏本站⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页→管理制度→食品企业⟧</td></tr></table>
<table width="980" class="info">
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-06⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
<table width="980" class="down"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载⟧</td></tr></table>
<div class="err">⟦a 下载地址失效？点此报错⟧</div>
<div class="foot">⟦d 本站资料均来自网络，仅供学习研究之用⟧ ⟦m 品志下载站 版权所有⟧</div>
</body></html>
""",
        body="""
第一条 为保证饼干产品质量安全，根据食品安全法律法规，制定本制度。
第二条 员工进入车间前须更衣、洗手、消毒，不得佩戴首饰，不得将手机带入生产区。
第三条 车间入口设置卫生检查二维码，当班卫生员每两小时巡查一次并扫码记录。
第四条 烤炉、成型机等设备每班生产结束后须清洁，清洁记录保存不少于两年。
第五条 本制度自发布之日起施行。
""",
    ),
    dict(
        slug="download-wenlan-text-plan-slipper-safety",
        site="文澜资料网 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://www.wenlanzl.com/down/yjya/7720.html",
        title="拖鞋厂火灾事故应急预案",
        record_title="拖鞋厂火灾事故应急预案.doc下载",
        date="2024-04-01",
        notes="decorated file-name title; download info block; page markers ▏n▕ in a wrapped text",
        page="""
!m 文澜资料网　www.wenlanzl.com
!m 资料分类：应急预案　　文件大小：31K　　下载次数：88
!a 【高速下载】　【本地下载】
{T}
{BODY}
!d 资料来源于网络，版权归原作者所有。
!l 相关资料：仓库防火检查表｜员工消防培训记录
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="▏{n}▕", every=140, start=2, glue=False),
        body="""
一、总则
为及时有效处置火灾事故，最大限度减少人员伤亡和财产损失，结合本厂EVA发泡、注塑车间原料易燃的特点，制定本预案。
二、组织机构
成立应急指挥部，厂长任总指挥，生产副厂长任副总指挥，下设灭火组、疏散组、救护组和后勤组。
三、处置程序
发现火情后，第一发现人立即呼喊报警并拨打119，车间主任组织切断电源，疏散组引导员工沿疏散指示从最近的安全出口撤离到厂区北侧空地集合。
四、本预案自2024年4月1日起执行。
金履鞋业有限公司
2024年4月1日
""",
    ),
    dict(
        slug="exam-yuping-html-notice-constructor-exam",
        site="榆坪市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ypzkw.cn/ksxx/jzs/2024/0605/2187.html",
        title="关于2024年度一级建造师资格考试考务工作有关事项的通知",
        record_title="关于2024年度一级建造师资格考试考务工作有关事项的通知_考试信息_榆坪市人事考试网",
        date="2024-06-05",
        notes="exam site; the notice tells candidates to 打印 准考证 (kept); consult phone kept beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2024年度一级建造师资格考试考务工作有关事项的通知_考试信息_榆坪市人事考试网</title></head>
<body>
<div class="hd">⟦m 榆坪市人事考试网⟧ ⟦m 榆坪市人事考试中心主办⟧</div>
<div class="nav">⟦l 首页 考试动态 报名入口 成绩查询 证书领取⟧</div>
<div class="crumb">⟦m 首页 / 考试信息 / 建造师⟧</div>
<h2>{T}</h2>
<div class="sj">⟦m 2024-06-05 来源：考务科⟧</div>
{BODY}
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="ft">⟦m 网站技术支持电话：0391-3390018（仅限系统问题）⟧ ⟦m 豫ICP备12004118号⟧</div>
</body></html>
""",
        body="""
各位报考人员：
2024年度一级建造师资格考试将于9月7日、8日举行，现将考务有关事项通知如下：
1.准考证打印时间为9月2日至6日，请考生登录报名网站自行打印。
2.考生须携带准考证和有效居民身份证参加考试，两证不全者不得入场。
3.开考30分钟后不得入场，考试结束前不得交卷离场。
考务咨询电话：0391-3390026。
榆坪市人事考试中心
2024年6月5日
""",
    ),
    dict(
        slug="exam-shuilan-text-notice-teacher-interview",
        site="水岚人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.shuilan.gov.cn/gg/2024/1101/0442.html",
        title="水岚县2024年下半年中小学教师资格面试考生须知",
        record_title="水岚县2024年下半年中小学教师资格面试考生须知",
        record_date="2024-11-01",
        date="2024-11-01",
        notes="text export; interview schedule table; site phone in the footer",
        page="""
!m 水岚人事考试信息网 ＞ 通知公告
{T}
!m 发文单位：县人事考试中心　发布：2024-11-01 15:32　阅读 1988
!a 〖收藏〗〖分享〗〖打印〗
{BODY}
!m 网站地址：rsks.shuilan.gov.cn　值班电话：0599-5520001
""",
        indent="\u3000\u3000",
        body="""
一、面试时间
科目　日期
学前教育　12月7日
小学语文、数学　12月8日
二、考生须于面试当日7:30前到达候考室，抽题后进行20分钟备课，面试时间为20分钟。
三、考生不得携带手机、智能手表等通讯工具进入备课室。
""",
    ),
    dict(
        slug="tender-lanxi-html-notice-canteen-delivery",
        site="兰溪公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.lanxi-jy.cn/jyxx/zfcg/20240712/44519.html",
        title="兰溪县机关事务服务中心机关食堂食材配送服务采购项目招标公告",
        record_title="【招标公告】兰溪县机关事务服务中心机关食堂食材配送服务采购项目招标公告",
        date="2024-07-12",
        notes="tender platform: buyer and agency contacts kept beside the platform's CA hotline; lots table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>兰溪县机关事务服务中心机关食堂食材配送服务采购项目招标公告</title></head>
<body>
<div class="header">⟦m 兰溪县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦l 首页 交易信息 政策法规 办事指南 监督投诉⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 招标公告⟧</div>
<h3>{T}</h3>
<div class="attr">⟦m 信息时间：2024-07-12　项目编号：LXCG-2024-0731　访问次数：387⟧</div>
{BODY}
<div class="att">⟦a 下载招标文件（需CA登录）⟧</div>
<div class="foot">⟦m CA锁办理咨询：400-870-2118⟧ ⟦m 兰溪县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目概况：兰溪县机关事务服务中心机关食堂食材配送服务，预算金额186万元，服务期一年。
二、采购包划分
包号　内容　预算（万元）
1　蔬菜、水果　72
2　肉类、禽蛋　114
三、投标截止时间：2024年8月2日9时30分。
四、联系方式
采购人：兰溪县机关事务服务中心，联系人：竺女士，电话：0579-88801623。
代理机构：浙江衡正招标咨询有限公司，联系人：严先生，电话：0579-88127730。
""",
    ),
    dict(
        slug="tender-gaoyang-text-result-water-tower",
        site="高阳招标采购平台 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zb.gaoyangcg.com/zbgg/2024-0917-09.html",
        title="高阳镇旧水塔拆除工程中标结果公告",
        record_title=None,
        date="2024-09-17",
        notes="title missing (found on page); result table; notice footer",
        page="""
!m 高阳招标采购平台　>>　中标公告
{T}
!m 发布日期：2024年09月17日　　信息来源：镇政府采购办
{BODY}
!d 本平台公告信息由招标人提供，平台不承担内容真实性责任。
!l ← 返回列表
""",
        body="""
高阳镇旧水塔拆除工程已于2024年9月13日开标、评标，现将中标结果公告如下：
中标单位　中标价（元）　工期
岳川建设工程有限公司　386500　45日历天
公示期为3个工作日。对结果有异议的，可在公示期内以书面形式向招标人提出。
招标人：高阳镇人民政府，联系电话：0312-6023357。
""",
    ),
    dict(
        slug="lawfirm-junheng-html-lecture-online-return",
        site="君衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.junhenglaw.cn/pufa/2024/118.html",
        title="网购“七日无理由退货”的五个常见误区",
        record_title="法律讲堂丨网购“七日无理由退货”的五个常见误区",
        date="2024-11-11",
        notes="law firm site; consult hotline box; disclaimer; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>法律讲堂丨网购“七日无理由退货”的五个常见误区 - 君衡律师事务所</title></head>
<body>
<div class="top">⟦m 君衡律师事务所 | 专业 · 稳健 · 守信⟧ ⟦w 免费咨询：400-188-6620⟧</div>
<div class="nav">⟦l 首页 律所简介 专业领域 律师团队 法律讲堂 联系我们⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：乔蔓律师　2024-11-11　阅读 812⟧</div>
{BODY}
<div class="box">⟦w 遇到消费纠纷？添加律师微信 jh_lawyer01 一对一解答⟧</div>
<div class="disc">⟦d 本文仅为普法之用，不构成对具体案件的法律意见⟧</div>
<div class="ft">⟦m 地址：滨江区钱塘路300号君衡大厦9层⟧</div>
</body></html>
""",
        body="""
“双十一”过后，退货纠纷明显增多。结合近期接待的咨询，我们梳理了五个常见误区。
1.“拆了包装就不能退”。只要商品完好，拆封查验不影响退货。
2.“特价商品不退”。商家单方声明特价不退无效。
3.“定制商品也能退”。按消费者要求定做的商品不适用七日无理由退货。
4.“退货运费都由商家出”。一般由消费者承担，双方另有约定的除外。
5.“七天从下单算起”。应当从收到商品的次日起计算。
""",
    ),
    dict(
        slug="lawfirm-mingjing-text-letter-contractors",
        site="明镜律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.mingjinglaw.com/case/letter-2024-07.html",
        title="致钢结构分包企业的法律风险提示函",
        record_title="致钢结构分包企业的法律风险提示函 | 明镜律所",
        date="2024-07-22",
        notes="law-firm page; contact prompts at top and bottom; the letter's own 联系人 line kept",
        page="""
!m 明镜律师事务所 · 建设工程法律服务中心
!w 案件咨询请拨 0731-8462 0099（工作日 9:00-18:00）
{T}
{BODY}
!l 推荐阅读：挂靠施工的法律后果｜工程款优先受偿权怎么用
!d ©明镜律师事务所　转载须经授权
""",
        indent="\u3000\u3000",
        body="""
各钢结构分包企业：
近年来，我所代理的钢结构分包纠纷中，因签证资料缺失导致工程款无法主张的情形占比较高。特提示如下：
一、工程变更应及时办理书面签证，并由总包项目负责人签字盖章。
二、保存好进场、验收、交接记录，照片应能反映时间和部位。
三、发现拖欠工程款的，应在诉讼时效内主张权利。
联系人：孟律师，电话：13874316620。
湖南明镜律师事务所
2024年7月22日
""",
    ),
]
