"""holdout183, part C: shavers and razors (剃须刀) — a maker's recall, a barbering school,
a writing app, an exam forum, an encyclopaedia, a cloud drive, a search cache, a print view,
a forwarded mail and a 范文 page. All invented."""

CASES = [
    dict(
        slug="company-shaver-recall-service-float",
        site="煦原电器股份有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xuyuandq.example.com/news/notice/20250226.html",
        title="关于召回部分批次XY-S3系列电动剃须刀充电座的公告",
        record_title="公司公告丨关于召回部分批次XY-S3系列电动剃须刀充电座的公告",
        date="2025-02-26",
        notes="company site with an online-service float and a sales line beside the recall line kept in the body; batch table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司公告丨关于召回部分批次XY-S3系列电动剃须刀充电座的公告</title></head><body>
<header>⟦m 煦原电器 XUYUAN⟧ <nav>⟦m 首页 产品中心 服务支持 新闻中心 关于我们⟧</nav> ⟦a 官方商城⟧</header>
<div class="crumb">⟦m 新闻中心 / 公司公告⟧</div>
<h1>⟦t 关于召回部分批次XY-S3系列电动剃须刀充电座的公告⟧</h1>
<p class="date">⟦m 2025.02.26⟧</p>
<section class="news-body">
{BODY}
</section>
<div class="float">⟦w 在线客服 9:00-21:00⟧</div>
<footer>⟦m 全国销售热线：400-681-2030⟧ ⟦d ©2025 煦原电器股份有限公司 版权所有⟧ ⟦m 浙ICP备15022817号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
经内部检测发现，2024年9月至11月生产的部分XY-S3系列电动剃须刀充电座，在潮湿环境中长时间充电时可能出现接口发热，存在烫伤风险。
本着对用户负责的态度，公司决定主动召回上述产品。
产品型号　生产批次　数量（台）
XY-S3　2409A—2409D　11260
XY-S3Pro　2410A—2411B　7415
请用户停止使用上述批次的充电座，我公司将免费更换新充电座，并承担往返运费。
召回专线：400-681-2099（每天8:00-20:00）
煦原电器股份有限公司
2025年2月26日
""",
    ),
    dict(
        slug="training-barber-shave-course-brochure",
        site="炜口美发职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.wkmfpx.example.com/kecheng/guagu.html",
        title="传统修面刮胡技艺短训班招生简章",
        record_title="学员必看｜传统修面刮胡技艺短训班招生简章",
        date=None,
        notes="training school: floating consult box and trial-lesson prompt; school's own 报名电话 beside a 400 line; course table; no date",
        page="""
!m 炜口美发职业培训学校
!a 免费试听　预约到校参观
!m 首页 > 课程中心 > 短期技能班
{T}
{BODY}
!w 咨询老师在线，微信同号 136 0731 2288
!m 全国招生热线 400-066-5210
!l 热门课程：男士短发精剪班　烫染进阶班
""",
        body="""
修面刮胡是老理发店的看家手艺，如今懂行的师傅越来越少。
本校特开设传统修面刮胡技艺短训班，由从业三十年的老师傅黎万福亲自授课。
课程　课时　内容
磨刀与荡刀　8课时　剃刀开刃、荡刀布使用
热敷与起泡　6课时　热毛巾敷面、皂刷打泡
修面实操　18课时　顺刮、逆刮、修鬓角
学员结业考核合格，颁发学校结业证书。
报名电话：0731-6620415（教务处）
""",
    ),
    dict(
        slug="writingapp-electric-shaver-market-summary",
        site="笔速写作 (invented writing app)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bisuxz.example.com/share/art?id=f71c02",
        title="2024年个护小家电事业部销售工作总结",
        record_title="2024年个护小家电事业部销售工作总结（精选）｜笔速写作",
        date="2025-01-10",
        notes="writing-app H5 share: open-in-app bar, AI-rewrite button glued after a sentence, member unlock line between paragraphs",
        page="""
!a 打开笔速写作APP，阅读体验更佳
!m 笔速写作 · 总结汇报
{T}
!m 字数 512 · 阅读 3.1万
{BODY}
!a 一键生成同类总结
!l 相关范文：2024年销售部个人年终总结
!d 本文由用户创作上传，仅供参考
""",
        body="""
2024年，事业部围绕电动剃须刀、理发器两大品类，全年实现销售收入二点三亿元，同比增长百分之十八。
一、主要工作
线上渠道占比首次超过六成，直播间单场最高成交一万四千台。⟦a AI改写这段⟧
⟦a 开通会员，解锁全文及Word下载⟧
线下新增县级经销商三十七家，覆盖全省大部分县市。
二、存在问题
售后返修率偏高，主要集中在刀网磨损和电池续航两方面。
三、明年打算
加快推出防水新品，力争返修率下降两个百分点。
个护小家电事业部
2025年1月10日
""",
    ),
    dict(
        slug="gkforum-interview-barber-spirit-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.shanganggk.example.com/thread-77120-1-1.html",
        title="结构化面试真题：老剃头匠坚守六十年，谈谈你的看法",
        record_title="[面试真题] 结构化面试真题：老剃头匠坚守六十年，谈谈你的看法 - 面试交流 - 上岸公考论坛",
        date=None,
        notes="Discuz-like exam forum with jammer fonts and a hidden-content prompt; a floor of its own; no date (relative time)",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 结构化面试真题：老剃头匠坚守六十年，谈谈你的看法 - 面试交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 论坛 › 面试交流 › 结构化真题⟧</div>
<div class="pls">⟦m 楼主　稳稳上岸　UID 551203　帖子 218⟧</div>
<h1>⟦t 结构化面试真题：老剃头匠坚守六十年，谈谈你的看法⟧</h1>
<div class="pti">⟦m 发表于 5 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后可见⟧</div>
<div class="po">⟦l 回复　支持(21)　反对(0)　收藏⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
题目：某县城老街有一位八十岁的剃头匠，一把剃刀用了六十年，坚持两元理发、三元修面，很多人专程赶来找他刮胡子。对此，你怎么看？
答题思路：
第一，肯定老人身上的匠心和坚守，这种精神值得年轻人学习。
第二，老手艺面临后继无人的困境，需要社会关注。
第三，可以结合非遗保护、老街改造谈谈具体做法，比如建立传承工作室、组织技艺展示等。
以上是我的思路，欢迎大家补充。
""",
    ),
    dict(
        slug="wiki-safety-razor-entry",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/安全剃刀/90312",
        title="安全剃刀",
        record_title="安全剃刀_百知百科",
        date=None,
        notes="encyclopaedia entry with edit links, contents box, history tab; an example date inside the text is no date",
        page="""
!m 百知百科 | 全球中文知识平台
!a 编辑　讨论　收藏　上传视频
{T}
!m 本词条由“百知科学”栏目审核
!l 目录　1 简介　2 结构　3 使用方法
{BODY}
!m 词条统计　浏览次数：18442　编辑次数：9次　最近更新：2天前
!a 编辑历史
!l 相关词条：直柄剃刀｜电动剃须刀｜刀片
""",
        body="""
安全剃刀是一种刀片装在保护性刀架内的手动剃须工具，因能减少割伤而得名。
它由刀头、刀片和手柄三部分组成，刀片通常为双面刃，可拆卸更换。
使用前宜先用温水湿润胡须，涂抹剃须膏，顺着胡须生长方向轻刮。
刀片一般使用五至七次后应予更换，用过的刀片应包好后再丢弃，以免划伤他人。
""",
    ),
    dict(
        slug="netdisk-shaver-lab-rule-share-html",
        site="云仓网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://pan.yuncang.example.com/s/1xRq8aYv",
        title="剃须刀刀网耐磨试验室管理制度",
        record_title="剃须刀刀网耐磨试验室管理制度.docx",
        date=None,
        notes="cloud-drive share page: file name as record title, save/download buttons, expiry and size lines; articles speak of 打印/扫码 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>剃须刀刀网耐磨试验室管理制度.docx_免费高速下载|云仓网盘</title></head><body>
<div class="hd">⟦m 云仓网盘⟧ ⟦a 登录⟧ ⟦a 开通超级会员⟧</div>
<div class="share-info">⟦m 分享者：实验室小赵　分享时间：2024-08-19 10:26　有效期：永久有效⟧</div>
<h3>⟦t 剃须刀刀网耐磨试验室管理制度⟧</h3>
<div class="file">⟦m 文件大小：36.2KB⟧ ⟦a 保存到网盘⟧ ⟦a 下载(36.2KB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 请勿分享违法违规内容，举报请点击此处⟧</div>
<div class="ft">⟦m ©2025 云仓网盘⟧</div>
</body></html>
""",
        body="""
第一条　为规范刀网耐磨试验室管理，保证检测数据准确可靠，制定本制度。
第二条　进入试验室须穿戴防静电服，非试验人员未经许可不得入内。
第三条　试验样品须扫码登记，样品标签由系统打印后粘贴在样品袋上。
第四条　耐磨试验机每日开机前须进行空载运行检查，发现异常立即停机报修。
第五条　原始记录须当日整理归档，不得涂改。
""",
    ),
    dict(
        slug="snapshot-barbershop-license-notice",
        site="搜查查快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souchacha.example.com/c?u=http%3A%2F%2Fwww.weikou.example.gov.cn%2Ftzgg%2F2025%2F0416.html",
        title="关于开展理发店剃刀等公共用品用具卫生专项检查的通知",
        record_title="关于开展理发店剃刀等公共用品用具卫生专项检查的通知 - 网页快照",
        date="2025-04-16",
        notes="search-cache frame with a snapshot banner and a 快照时间 stamp (no date); the document's 成文日期 is the date",
        page="""
!m 这是 http://www.weikou.example.gov.cn/tzgg/2025/0416.html 的快照，是网页在 2025-05-03 08:11 的存档。
!d 搜查查与该网页作者无关，不对其内容负责。
!a 查看当前页面　只看文字版
!m 炜口县卫生健康局
{T}
{BODY}
!m 网站地图 | 联系我们 | 炜口县卫生健康局主办
""",
        body="""
各乡镇卫生院、县卫生监督所：
为预防经剃刀等公共用品用具传播的疾病，县卫生健康局决定于4月下旬至5月底在全县开展理发店公共用品用具卫生专项检查。
一、检查重点：剃刀是否一客一消毒，毛巾、围布是否一客一换，消毒设施是否正常使用。
二、对检查中发现的问题，依法责令限期整改，拒不整改的依法处罚。
三、各单位于6月5日前将检查情况报县卫生监督所。
炜口县卫生健康局
2025年4月16日
""",
    ),
    dict(
        slug="print-barbers-guild-minutes-window-print",
        site="煦原美发美容协会 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.xymfxh.example.org/print.php?id=412",
        title="煦原县美发美容协会第三届理事会第二次会议纪要",
        record_title="打印预览 - 煦原县美发美容协会第三届理事会第二次会议纪要",
        date="2025-03-29",
        notes="print view calling window.print(); print footer 屏 1 / 1 style; minutes' lines and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 煦原县美发美容协会第三届理事会第二次会议纪要</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a [立即打印]⟧ ⟦a [返回原文]⟧</div>
<h2>⟦t 煦原县美发美容协会第三届理事会第二次会议纪要⟧</h2>
<p>⟦m 打印时间：2025-04-02 15:47⟧</p>
{BODY}
<p>⟦m 本页地址：https://www.xymfxh.example.org/news/412.html⟧</p>
<p>⟦p 屏 1 / 1⟧</p>
</body></html>
""",
        body="""
时间：2025年3月29日下午
地点：协会会议室
主持：会长 施国庆
出席：理事十九人，应到二十一人
会议审议通过了《会员单位剃刀及理发工具消毒操作规范》。
表决结果：同意十九票，反对零票，弃权零票。
会议决定，五月份在全县开展一次修面技艺比赛，由秘书处拟定方案。
""",
    ),
    dict(
        slug="mail-fwd-shaver-gift-procurement",
        site="炜口县总工会邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://mail.wkzgh.example.gov.cn/inbox/2025-09-03/0012",
        title="关于采购退休职工慰问品的请示",
        record_title="Fwd: 关于采购退休职工慰问品的请示.docx",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="forwarded mail: header lines, the document's own 附件 list beside the mail's attachment header; mail date differs from the document's",
        page="""
!m 发件人：工会办公室 <bgs@wkzgh.example.gov.cn>
!m 收件人：财务组
!m 日期：2025年9月3日 星期三 09:18
!m 主题：Fwd: 关于采购退休职工慰问品的请示.docx
!m 附件：关于采购退休职工慰问品的请示.docx（18KB）
!w 请财务组阅处，有问题电话联系。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件含内部信息，如误收请删除。
!m 炜口县总工会 OA 邮件系统
""",
        body="""
县总工会：
重阳节将至，为表达对退休职工的关心，拟为全县一百八十名退休职工每人采购一份慰问品。
经比选，拟采购电动剃须刀（男职工）和按摩颈枕（女职工），单价均不超过二百元，总额约三万五千元，从工会经费中列支。
妥否，请批示。
附件：1.慰问品比价表
2.退休职工名单
县总工会办公室
2025年9月1日
""",
    ),
    dict(
        slug="fanwen-salon-safety-pledge-text",
        site="范文驿站 (invented)",
        style="范文站",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.fanwenyz.example.com/chengnuo/20250311/62908.html",
        title="理发店公共用品消毒承诺书",
        record_title="理发店公共用品消毒承诺书（通用3篇）",
        date=None,
        notes="范文 page with a pledge template: ____年__月__日 placeholder is no date; writing-service prompt glued after a sentence; copy-lock line between paragraphs",
        page="""
!m 范文驿站 - 写作好帮手
!m 首页 › 承诺书 › 卫生承诺书
{T}
!m 时间：昨天　编辑：小驿
{BODY}
!a 复制本文需登录，点此登录
!l 相关推荐：餐饮单位食品安全承诺书｜美容院卫生承诺书
!m 范文驿站 fanwenyz.example.com 备案号：蜀ICP备20031875号
""",
        body="""
本店郑重承诺：
一、剃刀、推子等理发工具做到一客一消毒，消毒后放入保洁柜存放。⟦w 需要定制承诺书可加微信 fwyz_ding⟧
⟦a 本文已锁定复制，开通VIP即可复制全文⟧
二、毛巾、围布一客一换，清洗消毒后晾干备用。
三、从业人员持有效健康证明上岗。
如有违反，愿意接受有关部门的处理。
承诺人（签字）：________
____年__月__日
""",
    ),
]
