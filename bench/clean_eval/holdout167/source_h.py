"""holdout167, part H: keyrings (钥匙扣) — a museum's souvenir tender, a law firm on
counterfeit character keyrings, a residents' lost-key box, a crafts association, a keyring
maker, a laser-engraving school and a 范文 site. Invented text."""

CASES = [
    dict(
        slug="tender-songhe-museum-keyring-souvenir-inquiry",
        site="松禾县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zfcg.songhe.example.gov.cn/cggg/xjgg/2025/0421/6608.html",
        title="松禾县博物馆文创钥匙扣采购项目询价公告",
        record_title="【采购公告】松禾县博物馆文创钥匙扣采购项目询价公告",
        date="2025-04-21",
        notes="tender text page: lots table; purchaser and agency contacts kept beside a CA hotline; 下载 采购文件 sentence kept",
        page="""
!m 松禾县政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 发布时间：2025-04-21 17:30　浏览次数：156
{BODY}
!m 电子投标CA办理咨询：400-650-3380
!l 上一篇：县第一中学课桌椅采购项目成交公告
!d 本网站信息仅供参考，以采购文件为准
""",
        body="""
一、项目基本情况
项目编号：SHCG-XJ-2025-031
采购内容及数量：
品目　规格　数量
铜质馆藏青铜鼎造型钥匙扣　5cm　2000个
亚克力馆徽钥匙扣　6cm　3000个
二、获取采购文件：供应商请于4月22日至4月28日在本网下载采购文件。
三、响应文件递交截止时间：2025年5月6日9时30分。
四、联系方式
采购人：松禾县博物馆，联系人：鲁文静，电话：0746-5521360
代理机构：松禾诚达项目管理有限公司，联系人：祁明，电话：0746-5530917
""",
    ),
    dict(
        slug="lawfirm-zhengyi-counterfeit-keyring-qa-html",
        site="正弈律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="other",
        form="html",
        source="https://www.zhengyilawyer.example.cn/article/1190.html",
        title="小商品店卖动漫钥匙扣，可能侵犯哪些权利？",
        record_title="律师说法丨小商品店卖动漫钥匙扣，可能侵犯哪些权利？",
        date="2024-08-14",
        notes="law firm page with consult card, disclaimer and footer phone; decorated title with 律师说法丨",
        page="""
<html><head><meta charset="utf-8"><title>律师说法丨小商品店卖动漫钥匙扣，可能侵犯哪些权利？</title></head><body>
<div class="hd">⟦m 正弈律师事务所⟧ ⟦m 知识产权 · 商事争议⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 律师说法 | 联系我们⟧</div>
<h1>⟦t 小商品店卖动漫钥匙扣，可能侵犯哪些权利？⟧</h1>
<div class="meta">⟦m 作者：荀嘉律师　2024-08-14⟧</div>
<div class="article">
{BODY}
</div>
<div class="card">⟦w 免费咨询　留下电话，律师助理15分钟内回电⟧</div>
<div class="disc">⟦d 本文仅作普法之用，不构成对任何个案的法律意见⟧</div>
<div class="foot">⟦m 正弈律师事务所　电话：0591-8762 0055⟧</div>
</body></html>
""",
        body="""
不少小商品店进货时图便宜，进了一批印着热门动漫人物的钥匙扣。这类商品如果没有授权，可能涉及以下问题：
一是著作权。动漫形象属于美术作品，未经许可复制、发行印有该形象的钥匙扣，侵犯著作权人的复制权和发行权。
二是商标权。如果钥匙扣上使用了他人注册商标，构成销售侵犯注册商标专用权的商品。
三是合法来源抗辩。销售者能证明商品是合法取得并说明提供者的，可以不承担赔偿责任，但仍要停止销售。
建议商户进货时索要授权书和正规发票，保存好进货凭证。
""",
    ),
    dict(
        slug="community-yunqi-lost-keyring-box-notice-html",
        site="云栖里社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunqilisq.example.cn/news/2025/0109.html",
        title="社区服务站设立“失物钥匙箱”的通知",
        record_title=None,
        date="2025-01-09",
        notes="residents' site: no record title (the <title> is the site name); community duty phone kept beside the property hotline; comment box",
        page="""
<html><head><meta charset="utf-8"><title>云栖里社区服务网</title></head><body>
<div class="top">⟦m 云栖里社区服务网⟧ ⟦m 您身边的社区管家⟧</div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里活动　志愿服务⟧</div>
<h2>⟦t 社区服务站设立“失物钥匙箱”的通知⟧</h2>
<div class="info">⟦m 发布：社区服务站　浏览：388⟧</div>
<div class="body">
{BODY}
</div>
<div class="cmt">⟦l 留言（5）⟧ ⟦l 我也说两句⟧</div>
<div class="foot">⟦m 物业报修热线：400-018-6622⟧ ⟦d ©云栖里社区居委会⟧</div>
</body></html>
""",
        body="""
各位居民：
近来小区里捡到的钥匙越来越多，很多挂着各式钥匙扣，却找不到失主。为此，社区服务站设立“失物钥匙箱”。
一、捡到钥匙的居民，请交到服务站一楼的钥匙箱，工作人员登记捡拾地点和钥匙扣样式。
二、丢失钥匙的居民，可凭钥匙扣特征到服务站认领，认领时需签字。
三、超过三个月无人认领的，社区将统一处理。
值班电话：0571-8833 2109（工作日8:30—17:30）。
云栖里社区居民委员会
2025年1月9日
""",
    ),
    dict(
        slug="association-liuli-crafts-keyring-design-contest-wrapped",
        site="琉璃市工艺美术协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.llgymsxh.example.org.cn/tzgg/2025/0302/140.html",
        title="关于举办首届“城市记忆”钥匙扣设计大赛的通知",
        record_title="【协会通知】关于举办首届“城市记忆”钥匙扣设计大赛的通知 - 琉璃市工艺美术协会",
        date="2025-03-02",
        notes="association text page: hard-wrapped (66 columns) with page markers ▏n▕ between wrapped lines; mailbox of the contest kept; 附件 list",
        wrap=66,
        indent="    ",
        pages=dict(fmt="▏{n}▕", every=160, start=2, glue="mix"),
        page="""
!m 琉璃市工艺美术协会　|　协会动态　会员服务　展赛信息
!t 【协会通知】关于举办首届“城市记忆”钥匙扣设计大赛的通知
!m 发布日期：2025-03-02　发布人：秘书处
{BODY}
!l 相关通知：2024年度工艺美术职称评审结果公示
!m 琉璃市工艺美术协会 版权所有　联系电话：0766-2310827
""",
        body="""
各会员单位、各有关院校：
为挖掘城市文化资源，推动文创产品开发，协会决定举办首届“城市记忆”钥匙扣设计大赛，有关事项通知如下。
一、参赛对象：本市工艺美术从业者、高校在校学生均可报名，个人或团队参赛均可。
二、作品要求：以本市老街、古桥、非遗技艺等为题材，材质不限，尺寸不超过六厘米，须提交设计图和样品。
三、时间安排：4月30日前提交作品，5月中旬评审，6月举办获奖作品展。
四、奖项设置：设金奖一名、银奖三名、铜奖五名，优秀作品推荐给文旅企业量产。
作品电子稿请发送至邮箱：jiangkou2025@llgymsxh.example.org.cn。
附件：1．参赛报名表
2．作品说明书模板
琉璃市工艺美术协会
2025年3月2日
""",
    ),
    dict(
        slug="company-xingyao-keyring-factory-env-commitment-html",
        site="星耀工艺品有限公司 (invented)",
        style="企业官网",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://www.xingyaocraft.example.com/about/huanbao.html",
        title="星耀工艺品有限公司电镀工序环保达标承诺书",
        record_title="星耀工艺品有限公司电镀工序环保达标承诺书 - 星耀工艺品",
        date="2024-07-01",
        notes="company site with online-service float box and 400 sales line; the company's own environmental contact line kept",
        page="""
<html><head><meta charset="utf-8"><title>星耀工艺品有限公司电镀工序环保达标承诺书 - 星耀工艺品</title></head><body>
<div class="header">⟦m 星耀工艺品 XINGYAO CRAFTS⟧ ⟦a 中文 | EN⟧</div>
<div class="menu">⟦m 首页 关于星耀 产品展示 定制流程 社会责任 联系我们⟧</div>
<div class="crumbs">⟦m 首页 > 社会责任 > 环保承诺⟧</div>
<h1>⟦t 星耀工艺品有限公司电镀工序环保达标承诺书⟧</h1>
<div class="content">
{BODY}
</div>
<div class="kefu">⟦w 在线客服　QQ：2877104963⟧</div>
<div class="foot">⟦m 定制热线：400-860-5175⟧ ⟦m 粤ICP备19044821号⟧ ⟦d Copyright © 星耀工艺品有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
我公司主要生产金属钥匙扣、徽章等工艺品，电镀是其中的重要工序。为落实生态环境保护主体责任，我公司郑重承诺：
一、电镀废水全部经厂内污水处理站处理，达标后纳入园区污水管网，不偷排、不漏排。
二、含铬、含镍废液委托有资质单位处置，转移联单保存五年。
三、每季度委托第三方检测机构监测废水和废气，结果在公司官网公开。
四、自觉接受生态环境部门和社会监督。环保监督电话：0769-8128 3306。
星耀工艺品有限公司
2024年7月1日
""",
    ),
    dict(
        slug="training-guangke-laser-engraving-course-html",
        site="光刻匠激光雕刻培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.guangkejiang.example.cn/course/keyring.html",
        title="激光雕刻钥匙扣创业班招生简章",
        record_title=None,
        date=None,
        notes="training school page: promo and float boxes; no record title; course table; school's 报名电话 kept beside a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>光刻匠激光雕刻培训中心 - 小投资 大手艺</title></head><body>
<div class="top">⟦m 光刻匠激光雕刻培训中心⟧ ⟦m 全国招生热线：400-990-7716⟧</div>
<div class="nav">⟦m 首页 | 课程设置 | 学员作品 | 创业扶持 | 联系我们⟧</div>
<div class="promo">⟦a 限时优惠：前20名报名立减500元！⟧</div>
<h1>⟦t 激光雕刻钥匙扣创业班招生简章⟧</h1>
<div class="main">
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信咨询：gkj-laser⟧ ⟦a 免费试听⟧</div>
<div class="foot">⟦d 本站图片及文字均为光刻匠原创，盗用必究⟧</div>
</body></html>
""",
        body="""
钥匙扣定制是景区、校园和企业礼品市场的常见需求，投入小、见效快。本中心开设激光雕刻钥匙扣创业班，手把手教学。
课程安排：
阶段　内容　课时
第一阶段　设备操作与安全　8
第二阶段　图案设计与排版　16
第三阶段　木质、亚克力、金属材料雕刻　24
学员结业后可获得结业证书，本中心提供设备采购指导。
报名电话：0595-2266 4130（校区前台）。
""",
    ),
    dict(
        slug="fanwen-shiqiao-keyring-stall-summary-oneline",
        site="范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.fanwenyuan.example.com/zj/gr/66103.html",
        title="大学生暑期摆摊卖手作钥匙扣社会实践总结",
        record_title="大学生暑期摆摊卖手作钥匙扣社会实践总结（精选）_范文苑",
        date="2024-08-31",
        notes="范文 site text page: whole body on one line; writing-service prompt and related list; date in the document's last line",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 范文苑 — 海量范文 一键参考
!m 当前位置：范文苑 > 工作总结 > 个人总结
!t 大学生暑期摆摊卖手作钥匙扣社会实践总结（精选）
!m 时间：2025-07-22　栏目：个人总结　热度：892℃
{BODY}
!w 需要原创定制？专业写手帮写，微信 fwy-xiezuo
!l 相关推荐：暑期社会实践报告（通用6篇）｜大学生返乡创业调查报告
!a 复制全文　下载Word
""",
        body="""
今年暑假，我和两名同学在石桥古镇夜市租了一个摊位，出售自己设计制作的软陶和木质钥匙扣，历时四十天。
从设计、进料到定价、摆摊，每一步都要自己琢磨。我们先后设计了古镇石桥、青瓦屋檐等十二款图案，累计售出钥匙扣一千一百多个，除去成本，净收入四千二百元。
这次实践让我明白：产品要有地方特色，服务要有耐心，账目要清清楚楚。
我们计划把部分收入捐给古镇小学图书角，也希望明年能把摊位做成学校的创业实践基地。
经管学院　吕晴
2024年8月31日
""",
    ),
]
