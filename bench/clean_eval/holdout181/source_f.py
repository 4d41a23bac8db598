"""holdout181, part F: door handles (门把手). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="dangjian-text-hardware-branch-speech-cn-date",
        site="镏川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.liuchuandj.cn/dkjt/2025/0415/2208.html",
        title="在五金锁具企业党建工作推进会上的讲话",
        record_title="【党课讲台】在五金锁具企业党建工作推进会上的讲话 - 镏川党建网",
        date="2025-04-15",
        notes="Party-building text page: speaker line and a date in Chinese numerals under the speech title (neutral); study-points line",
        page="""
!m 镏川党建网　镏川县委组织部主办
!m 首页 » 党课讲台 » 讲话选编
!t 【党课讲台】在五金锁具企业党建工作推进会上的讲话
县委非公党工委书记　秦远
（二〇二五年四月十五日）
{BODY}
!a 学习打卡　+1积分
!l 相关阅读：两新组织党组织书记培训班开班　镏川县开展“党建进车间”活动
!m 版权所有：中共镏川县委组织部　技术支持：镏川网络中心
""",
        body="""
同志们：
我县是全省重要的门锁和门把手生产基地，全县五金锁具企业430多家，从业人员2万多人。近年来，行业党组织覆盖率从不到四成提高到了86%。
企业党建抓得好不好，关键看能不能转化为发展的实效。锌合金压铸车间的党员先锋岗，带头攻关门把手表面起泡的老问题，一年为企业节约返工成本200多万元。
下一步，要推动规模以上五金锁具企业党组织全覆盖，让党建真正成为企业发展的“把手”和“抓手”。
""",
    ),
    dict(
        slug="tender-text-dormitory-door-hardware-lots",
        site="锝州市政府采购网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="text",
        source="http://www.dzzfcg.gov.cn/cggg/gkzb/202507/t20250703_55102.html",
        title="锝州职业技术学院学生宿舍门锁及门把手更换项目公开招标公告",
        record_title="锝州职业技术学院学生宿舍门锁及门把手更换项目公开招标公告_锝州市政府采购网",
        date="2025-07-03",
        notes="tender text page: lots table; purchaser and agency contacts beside the platform's CA hotline; 下载 招标文件 as content",
        page="""
!m 锝州市政府采购网
!m 首页 > 采购公告 > 公开招标
{T}
!m 发布时间：2025-07-03 16:20　　浏览次数：233
{BODY}
!a 【打印】　【关闭】
!m CA证书及电子投标技术支持：400-928-1166
!m 主办单位：锝州市财政局
""",
        body="""
一、项目编号：DZCG-2025-G0318
二、采购需求
包号　内容　预算金额（万元）
1　宿舍门锁（含门把手）1860套　93.0
2　公共区域门把手及闭门器420套　12.6
三、获取招标文件：7月4日至7月10日，供应商登录本网下载招标文件。
四、投标截止时间：2025年7月24日9:30。
五、联系方式
采购人：锝州职业技术学院，联系人：邹老师，电话：0722-5201837
采购代理机构：锝州诚信招标有限公司，联系人：费工，电话：0722-5236610
""",
    ),
    dict(
        slug="assoc-text-lock-handle-council-minutes",
        site="镏川县五金锁具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lcwjxh.org/xhdt/2025/0226.html",
        title="镏川县五金锁具行业协会第三届理事会第五次会议纪要",
        record_title="【协会动态】镏川县五金锁具行业协会第三届理事会第五次会议纪要",
        date="2025-02-26",
        notes="association text page: minutes' 时间/地点/主持/出席/记录 lines; a vote count; association member hotline as chrome",
        page="""
!m 镏川县五金锁具行业协会
!m 首页 | 协会概况 | 协会动态 | 会员单位 | 行业标准
!t 【协会动态】镏川县五金锁具行业协会第三届理事会第五次会议纪要
!m 发布：秘书处　阅读：174
{BODY}
!m 协会会员服务专线：0722-8890612
!d 版权所有 © 镏川县五金锁具行业协会
""",
        body="""
时间：2025年2月25日上午9:00
地点：协会会议室
主持：会长 孔德明
出席：理事单位代表21人
记录：秘书处 潘悦
一、会议审议通过了《门把手产品质量自律公约》，表决结果：同意21票，反对0票，弃权0票。
二、会议决定，3月份组织会员企业开展门把手盐雾试验比对，检测费用由协会承担一半。
三、会议同意吸收镏川县鸿泰锁业有限公司等4家企业为新会员。
镏川县五金锁具行业协会秘书处
2025年2月26日
""",
    ),
    dict(
        slug="corp-html-antibacterial-handle-launch-float",
        site="鸿泰锁业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hongtai-lock.com/news/2025/0910.html",
        title="鸿泰锁业推出抗菌门把手系列新品",
        record_title="鸿泰锁业推出抗菌门把手系列新品 - 新闻中心 - 鸿泰锁业",
        date="2025-09-10",
        notes="company site with an online-service float and a 400 line; dotted company date; product ad line between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>鸿泰锁业推出抗菌门把手系列新品 - 新闻中心 - 鸿泰锁业</title></head>
<body>
<header>⟦m 鸿泰锁业 HONGTAI LOCK⟧ <nav>⟦m 首页 关于鸿泰 产品中心 新闻中心 招商加盟 联系我们⟧</nav></header>
<div class="pos">⟦m 首页 / 新闻中心 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.09.10　发布者：品牌部⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="kf">⟦w 在线客服⟧ ⟦w 招商热线：400-660-8129⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 镏川县鸿泰锁业有限公司　鄂ICP备19020815号⟧</footer>
</body></html>
""",
        body="""
9月9日，鸿泰锁业在镏川县总部发布“净握”系列抗菌门把手。
该系列门把手采用含铜抗菌涂层，经第三方检测，对大肠杆菌、金黄色葡萄球菌的抗菌率均超过99%，主要面向医院、学校、养老机构等人员密集场所。
⟦a 点击进入商城，新品首发享八折优惠⟧
公司总经理表示，今年研发投入占销售收入的4.2%，下一步将开发适合老年人和残障人士使用的长柄省力门把手。
""",
    ),
    dict(
        slug="writingapp-hotel-handle-disinfection-insight",
        site="文思 范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://m.wensi-app.com/share/article/338201",
        title="客房部员工“一把门把手”清洁消毒培训心得",
        record_title="客房部员工“一把门把手”清洁消毒培训心得（可编辑）｜文思",
        date=None,
        notes="writing app H5 share: open-in-app banner, AI-rewrite button glued after a sentence, member prompt on a line of its own; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>客房部员工“一把门把手”清洁消毒培训心得（可编辑）｜文思</title></head>
<body>
<div class="open-app">⟦a 在文思APP内打开，免费复制全文⟧</div>
<h1 class="art-title">⟦t 客房部员工“一把门把手”清洁消毒培训心得（可编辑）｜文思⟧</h1>
<div class="art-meta">⟦m 文思精选 · 心得体会 · 3.6万阅读⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="bottom-bar">⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 下载Word⟧</div>
<div class="tips">⟦m 文思 — 你的写作助手⟧</div>
</body></html>
""",
        body="""
上周，酒店组织客房部开展了“一把门把手”清洁消毒专题培训，让我对这份工作有了新的认识。
过去打扫房间，我们把重点放在床品和卫生间，门把手往往用抹布一擦就过去了。培训老师用荧光检测给我们演示，门把手恰恰是客人接触最多、细菌最多的地方。⟦a AI帮我改写⟧
⟦a 开通会员，解锁剩余40%内容⟧
现在我们规定，每间房的门把手、开关面板都要用含氯消毒湿巾单独擦拭，并在清扫记录上打钩确认。
细节决定品质，一把门把手，擦的是客人的安心。
""",
    ),
    dict(
        slug="docshare-html-handle-factory-request-h1",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wendangyizhan.com/doc/3091772.html",
        title="关于申请扩建门把手压铸车间的请示",
        record_title=None,
        date="2025-03-20",
        notes="document-sharing page: no record title, the h1 holds it; uploader and download box; the company's 联系人/电话 in the body beside the site's service WeChat",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>文档驿站 - 免费文档分享平台</title></head>
<body>
<header>⟦m 文档驿站⟧ ⟦m 公文写作 · 工作总结 · 合同范本⟧ ⟦a 上传文档⟧</header>
<main>
<h1 class="title">{T}</h1>
<div class="meta">⟦m 分享者：厂办小杨　|　浏览 422　|　下载 37⟧</div>
<article class="doc">
{BODY}
</article>
<div class="dl">⟦a 下载原文档（docx，积分2）⟧ ⟦a 举报⟧</div>
<div class="notice">⟦d 本文档由用户上传，如侵犯您的权益请联系删除⟧</div>
</main>
<footer>⟦m 文档驿站　客服微信：wdyz_help⟧</footer>
</body></html>
""",
        body="""
镏川县经济开发区管委会：
我公司主要生产锌合金门把手，2024年销售收入1.86亿元，产品订单持续增长，现有压铸车间产能已不能满足需要。为此，我公司拟在厂区东侧空地扩建压铸车间一座，现将有关事项请示如下：
一、建设内容：新建单层钢结构车间3200平方米，新增压铸机8台。
二、投资规模：总投资约2600万元，全部由企业自筹。
三、预期效益：项目投产后，年新增门把手产能300万套。
妥否，请批示。
联系人：杨帆，电话：0722-8861305。
镏川县鸿泰锁业有限公司
2025年3月20日
""",
    ),
    dict(
        slug="netdisk-html-kindergarten-safe-handle-rule",
        site="盘多多 网盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.panduoduo.cn/s/9XkLp2Qa",
        title="幼儿园门窗及门把手安全管理制度",
        record_title="幼儿园门窗及门把手安全管理制度.pdf",
        date=None,
        notes="cloud-drive preview page: file-name title; share stamp no date; save/download buttons; articles; no date",
        page="""
<html><head><meta charset="utf-8"><title>幼儿园门窗及门把手安全管理制度.pdf_免费高速下载|盘多多</title></head>
<body>
<div class="hd">⟦m 盘多多⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file"><h2>⟦m 幼儿园门窗及门把手安全管理制度.pdf⟧</h2>
<p>⟦m 文件大小：312KB　分享时间：2025-04-09　浏览：88⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 高速下载（会员）⟧</p></div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦d 文件由网友分享，盘多多不存储任何文件⟧</div>
</body></html>
""",
        body="""
一、园内活动室、寝室的门把手安装高度不低于1.2米，防止幼儿擅自开门外出。
二、门把手应选用圆角无棱边的款式，禁止使用尖角、带装饰钩的门把手。
三、所有房门应安装防夹手装置，保育员每日晨检时检查门把手是否松动。
四、发现门把手损坏的，当日报后勤主任，维修完成前该门暂停使用。
""",
    ),
    dict(
        slug="blog-text-locksmith-handle-wrapped",
        site="开锁匠老潘的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laopan-kaisuo.blog.cn/post/214",
        title="给八十岁的刘奶奶换了个长柄门把手",
        record_title="【随记】给八十岁的刘奶奶换了个长柄门把手 | 老潘的博客",
        date="2025-11-02",
        notes="blog text, hard-wrapped at 60 columns; bracketed post time is the date; tags and archive lines; comments prompt",
        page="""
!m 开锁匠老潘的博客
!m 修锁二十年，记点身边事
!t 【随记】给八十岁的刘奶奶换了个长柄门把手 | 老潘的博客
!m [2025-11-02 20:15]　分类：手艺人日记
{BODY}
!l 标签：门把手　适老化　修锁日记
!l 归档：2025年11月（3）　2025年10月（7）
!l 评论（5）　我要评论
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
今天下午去给刘奶奶家换门把手。老人家八十岁了，手指关节变形，原来那种圆球形的门把手拧不动，有好几回被关在卫生间里出不来。
我给她换了个长柄的压把式门把手，手掌往下一压门就开，胳膊肘也能压得动。
刘奶奶试了好几遍，笑着说这下不怕了。材料钱我只收了六十块，工钱就算了。
家里有老人的，真建议把圆球门把手都换掉，花不了多少钱。
""",
    ),
    dict(
        slug="mail-html-webmail-lift-lobby-handle-notice",
        site="锪山物业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.jinyuewy.com/read?mid=88201",
        title="关于更换各楼栋单元门把手的通知",
        record_title="Fw: 关于更换各楼栋单元门把手的通知",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="webmail reading view: header block, attachment bar and reply buttons as chrome; the notice's own 附件 line and service phone kept",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于更换各楼栋单元门把手的通知 - 锦岳物业邮箱</title></head>
<body>
<div class="toolbar">⟦a 回复　全部回复　转发　删除　更多⟧</div>
<div class="mail-head">
<p>⟦m 主　题：Fw: 关于更换各楼栋单元门把手的通知⟧</p>
<p>⟦m 发件人：锦岳物业客服中心 &lt;kefu@jinyuewy.com&gt;⟧</p>
<p>⟦m 时　间：2025年10月21日 08:47⟧</p>
<p>⟦m 收件人：各楼栋楼长⟧</p>
</div>
<div class="attach">⟦a 附件（1个）：单元门把手更换排期表.xlsx　预览　下载⟧</div>
<div class="mail-body">
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="foot">⟦d 锦岳物业邮箱系统　请勿将本邮件转发给无关人员⟧</div>
</body></html>
""",
        body="""
各位业主：
小区各楼栋单元门的门把手已使用十余年，部分出现松动、脱落。经业主委员会同意，物业公司将于10月27日至11月7日分批更换全部单元门把手。
更换期间单元门暂时改为常开状态，请大家注意随手关门，看管好老人和孩子。
具体排期见附件。
附件：单元门把手更换排期表
如有疑问请拨打物业服务电话：0577-61502233。
锦岳物业服务有限公司
2025年10月20日
""",
    ),
    dict(
        slug="gkforum-html-interview-handle-hidden-content",
        site="公考上岸圈 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://www.gkshanganquan.com/forum/t-77120.html",
        title="面试真题：政务大厅把门把手调低10厘米，谈谈你的看法",
        record_title="[面试真题] 面试真题：政务大厅把门把手调低10厘米，谈谈你的看法 - 结构化面试 - 公考上岸圈",
        date=None,
        notes="exam forum: hidden-content prompt, coaching QQ line on a line of its own inside the body; a reference answer; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试真题：政务大厅把门把手调低10厘米，谈谈你的看法 - 结构化面试 - 公考上岸圈</title></head>
<body>
<div id="hd">⟦m 公考上岸圈⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 论坛首页 › 结构化面试 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：面试老杨　发表于 6 天前　查看 3390　回复 71⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏内容需要回复才可以浏览（完整评分细则）⟧</div>
<div class="reply">⟦l 2# 小鱼上岸：这个题去年省考考过类似的⟧</div>
<div id="ft">⟦m 公考上岸圈 © 2025⟧</div>
</body></html>
""",
        body="""
题目：某地政务服务大厅将大门的门把手调低了10厘米，方便坐轮椅的群众和儿童开门。有人说这是小题大做，你怎么看？
参考答案：
这个改动很小，却体现了以人民为中心的服务理念，我是赞成的。
⟦w 面试一对一模拟，名师点评，QQ：3306719288⟧
第一，公共服务要考虑所有群体，尤其是老人、残障人士等特殊群体的需求。第二，细节决定群众的办事体验，便民不在于投入多少，而在于是否用心。
我们在今后的工作中，也要善于从群众的“小不便”中发现改进服务的“大文章”。
""",
    ),
]
