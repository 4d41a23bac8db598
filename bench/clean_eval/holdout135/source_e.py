"""holdout135, part e: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="corp-qingquan-html-soda-recall",
        site="清泉汽水厂 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qingquansoda.example.com/news/20250714.html",
        title="关于主动召回部分批次橘子味汽水的公告",
        record_title="关于主动召回部分批次橘子味汽水的公告 - 清泉汽水",
        date="2025-07-14",
        record_date="2025-07-14",
        notes="company site HTML; recall batch table; the recall hotline of the document kept next to the firm's 400 sales line; '招商加盟' box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次橘子味汽水的公告 - 清泉汽水</title>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<div class="top">⟦m 清泉汽水　六十年老味道⟧ ⟦m 订货热线 400-619-5858⟧</div>
<nav>⟦m 首页　品牌故事　产品中心　新闻公告　招商加盟　联系我们⟧</nav>
<div class="crumb">⟦m 您的位置：首页 > 新闻公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-07-14　|　浏览 3,318⟧</div>
<div class="content">
{BODY}
</div>
<div class="join">⟦w 诚招各地经销商，加盟请致电：0731-8512266⟧</div>
<div class="foot">⟦d Copyright © 清泉饮料有限公司 All Rights Reserved⟧ ⟦m 湘ICP备15020631号⟧</div>
</body></html>
""",
        body="""
近日，我公司在自检中发现，部分批次橘子味汽水二氧化碳气容量低于企业标准，可能影响口感，但不影响食用安全。
本着对消费者负责的态度，公司决定主动召回以下批次产品：
产品名称　规格　生产日期/批号
橘子味汽水　330毫升玻璃瓶　2025年6月2日/QQ250602A
橘子味汽水　330毫升玻璃瓶　2025年6月3日/QQ250603A
消费者可凭瓶身批号到原购买处办理退换，也可拨打召回专线0731-8512290咨询。
由此给消费者带来的不便，我们深表歉意。
清泉饮料有限公司
2025年7月14日
""",
    ),
    dict(
        slug="corp-mingjing-sunglasses-quality-speech",
        site="明镜光学 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mingjingoptical.example.cn/about/news/2025-03-03.html",
        title="在太阳镜事业部质量誓师大会上的讲话",
        record_title="在太阳镜事业部质量誓师大会上的讲话_企业新闻_明镜光学",
        date="2025-03-03",
        notes="company text; _column_site title; speaker line neutral; a byline date equal to the speech date; an ad line between paragraphs",
        page="""
!m 明镜光学 MINGJING OPTICAL
!m 首页 > 关于我们 > 企业新闻
{T}
!m 发布日期：2025-03-03　来源：总经办
事业部总经理　方晨曦
{BODY}
!a 【新品】偏光太阳镜春季系列已上线，点击进入官方商城
!l 返回新闻列表
!d ©2025 明镜光学科技有限公司
""",
        body="""
同志们：
今天召开太阳镜事业部质量誓师大会，目的是动员大家打好今年的质量攻坚战。
去年，我们出口的偏光太阳镜有两批次因镜片透光率偏差被客户退货，直接损失一百二十万元，教训十分深刻。
⟦a 扫码领取员工内购优惠券⟧
今年，事业部要把镜片透光率、紫外线阻隔率和镜框耐疲劳三项指标纳入每一道工序检验，不合格品一件也不许流出车间。
质量是企业的饭碗，希望大家拿出誓言里的劲头，把每一副眼镜都做成放心产品。
""",
    ),
    dict(
        slug="training-langyue-html-paddleboard-coach-course",
        site="浪越水上运动学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.langyue-sup.example.com/course/2025-coach.html",
        title="2025年桨板初级教练员培训班招生简章",
        record_title="2025年桨板初级教练员培训班招生简章（2025夏季班）",
        date="2025-05-08",
        notes="training school HTML; decorated title; course fee table; the school's 报名电话 and mailbox kept; a course coupon glued after a sentence; a sign-up button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年桨板初级教练员培训班招生简章（2025夏季班）- 浪越水上运动学校</title></head>
<body>
<div class="hd">⟦m 浪越水上运动学校　让每个人都能站上水面⟧</div>
<nav>⟦m 首页　课程体系　教练团队　学员风采　报名咨询⟧</nav>
<h1>⟦t 2025年桨板初级教练员培训班招生简章（2025夏季班）⟧</h1>
<div class="time">⟦m 发布：招生办　2025-05-08⟧</div>
<div class="detail">
{BODY}
</div>
<div class="cta">⟦a 立即报名　在线咨询⟧</div>
<div class="ft">⟦d 浪越水上运动学校 版权所有⟧ ⟦m 校址：椴山湖东岸游艇码头3号⟧</div>
</body></html>
""",
        body="""
为培养专业桨板教练，满足日益增长的水上运动教学需求，我校举办2025年桨板初级教练员培训班。
一、培训对象：年满十八周岁，具有一年以上桨板运动经历，能连续游泳二百米。
二、培训安排
期次　日期　学费（元）
第一期　6月9日—6月15日　3800
第二期　7月7日—7月13日　3800
三、培训内容：桨板技术、水上救援、教学法和场地安全管理，结业考核合格者颁发初级教练员证书。⟦a 老学员报名立减300元，限前20名⟧
四、报名方式：报名电话0734-8227516，报名邮箱 peixun@langyue-sup.example.com。
""",
    ),
    dict(
        slug="training-yunxiang-hang-gliding-safety-rules",
        site="云翔航空运动培训中心 (invented)",
        style="培训机构",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yunxiangfly.example.cn/zhidu/07.html",
        title="云翔航空运动培训中心悬挂滑翔学员飞行安全守则",
        record_title="云翔航空运动培训中心悬挂滑翔学员飞行安全守则（试行）",
        date=None,
        notes="training school text; decorated title (试行); no date (a print stamp only); 第N条 articles; a course ad and consult QQ",
        page="""
!m 云翔航空运动培训中心
!m 首页 · 课程 · 基地 · 规章制度 · 联系我们
!t 云翔航空运动培训中心悬挂滑翔学员飞行安全守则（试行）
!m 打印于 2025-09-30 10:22
{BODY}
!w 课程咨询QQ：1870665231　微信同号
!a 暑期体验课火热报名中 >>
!d 版权归云翔航空运动培训中心所有
""",
        body="""
第一条　学员每次飞行前须接受教练员的飞行前检查，未经教练员放飞不得擅自起飞。
第二条　学员飞行时必须佩戴头盔，穿着护具，并携带备份伞。
第三条　地面风速超过每秒六米、能见度低于五公里或有雷雨迹象时，停止一切带飞和单飞训练。
第四条　学员不得在饮酒后、身体不适或连续训练超过四小时后进行飞行。
第五条　着陆后应迅速将滑翔翼移出着陆区，为后续学员让出场地。
第六条　违反本守则的，视情节给予警告、停飞直至退学处理。
""",
    ),
    dict(
        slug="fanwenapp-xiezi-bamboo-mat-shop-summary",
        site="写字宝App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezibao.example.com/share/essay/551882?from=wechat",
        title="凉席专卖店2025年夏季销售工作总结",
        record_title="凉席专卖店2025年夏季销售工作总结",
        date=None,
        notes="writing-app share page; open-app and member-unlock prompts (one glued after a sentence); no date (share stamp and relative time only)",
        page="""
!m 写字宝 · 你的随身写作助手
!a 打开App，阅读体验更佳
{T}
!m 来自写字宝用户 竹间清风　·　2天前
{BODY}
!a 开通写字宝会员，解锁全部12万篇范文
!m 分享自写字宝App 2025-09-27
!l 更多范文：门店店长年终总结 / 销售员个人工作总结
""",
        body="""
今年夏季（5月至8月），本店凉席销售总体平稳，共售出各类凉席二千一百四十床，销售额五十六万元，同比增长百分之九。
从品类看，碳化竹席和亚麻席最受欢迎，冰丝席因退货率高销量下滑。⟦a 剩余内容仅会员可见，点此解锁⟧
从渠道看，门店到店客户减少，但通过社区团购和短视频引流带来的订单占到了三成。
存在的问题是库存周转偏慢，七月底还积压了四百多床老款草席。
下一步，我们准备提前做好明年的选品计划，减少积压，并加强店员的线上接单培训。
""",
    ),
    dict(
        slug="fanwenapp-bige-html-yellow-peach-speech",
        site="笔阁App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bige.example.cn/read/88102?share=1",
        title="在黄桃罐头产业发展大会上的致辞",
        record_title="在黄桃罐头产业发展大会上的致辞｜笔阁",
        date="2025-07-22",
        notes="writing-app reading page HTML; ｜app title; date under the title; an AI-rewrite button and an annotation prompt between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在黄桃罐头产业发展大会上的致辞｜笔阁</title></head>
<body>
<div class="app-bar">⟦a 笔阁App内打开⟧ ⟦m 笔阁 · 好文字都在这里⟧</div>
<h1>{T}</h1>
<p class="sub">（2025年7月22日）</p>
<div class="reader">
{BODY}
</div>
<div class="tools">⟦a AI一键改写　｜　导出Word　｜　复制全文⟧</div>
<div class="more">⟦l 相关范文：在招商引资推介会上的致辞⟧ ⟦l 在农产品加工园区开园仪式上的讲话⟧</div>
<div class="foot">⟦d 本文由笔阁用户创作，仅供参考借鉴⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，各位企业家朋友：
在黄桃成熟飘香的季节，我们相聚在这里，共商黄桃罐头产业发展大计。我代表县委、县政府，向各位嘉宾表示热烈欢迎！
我县种植黄桃已有四十多年历史，现有黄桃面积六万亩，罐头加工企业十九家，年产黄桃罐头十二万吨，产品远销二十多个国家和地区。
⟦a 长按段落可添加批注⟧
近年来，我们建设了黄桃冷链仓储中心，推广标准化种植，引导企业开发低糖、小罐装新产品，产业链不断延伸。
真诚欢迎各位企业家来我县投资兴业，我们将提供最优的服务、最好的环境。
预祝大会圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="gkforum-shenlun-gibbon-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-120331-1-1.html",
        title="守护长臂猿，守护一片雨林的未来",
        record_title="[申论素材] 守护长臂猿，守护一片雨林的未来（附答题思路）",
        date=None,
        notes="exam forum text with floors; decorated title; forum junk glued; relative post time; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 » 申论交流 » 范文精选
!t [申论素材] 守护长臂猿，守护一片雨林的未来（附答题思路）
!m 楼主　申论小灯　发表于 5 天前
{BODY}
!l 回复：考鸭一号 — 收藏了，素材很新
!l 回复：不上岸不改名 — 求楼主多发几篇
!a 本帖隐藏的答题思路需回复后才能查看
""",
        body="""
在海南热带雨林深处，长臂猿的歌声曾一度濒临消失。四十多年前，那里的长臂猿种群仅剩七只。
转机来自一代又一代护林员的坚守。他们每天天不亮就进山，跟踪猿群、记录鸣叫，把巡护路走成了“猿路”。
与此同时，当地通过生态移民、林地修复和社区共管，为长臂猿留出了连片的栖息地，种群数量逐步恢复。
长臂猿的故事告诉我们，保护一个物种，本质上是守护一片完整的生态系统，更需要人与自然和谐共生的制度安排。
""",
    ),
    dict(
        slug="gkforum-mianshi-html-grouper-interview",
        site="面霸论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://www.mianba.example.net/thread/99031.html",
        title="结构化面试真题：石斑鱼养殖户遭遇滞销，你作为驻村干部怎么办？",
        record_title=None,
        date=None,
        notes="exam forum HTML with jammer fonts; no record title; hidden-content prompt; no date",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>结构化面试真题：石斑鱼养殖户遭遇滞销，你作为驻村干部怎么办？ - 面霸论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 面霸论坛 · 一起拿下面试⟧ ⟦a 登录　注册⟧</div>
<div id="pt">⟦m 面霸论坛 › 面试真题 › 帖子⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 作者：上岸的石头　查看 2107　回复 31⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖参考答案仅对VIP会员开放，升级VIP⟧</div>
<div class="pob">⟦l 回复　引用　举报　只看该作者⟧</div>
<div id="ft">⟦d 论坛内容由网友发布，与本站无关⟧</div>
</body></html>
""",
        body="""
【题目】某村有二十多户渔民养殖石斑鱼，今年受市场价格下跌影响，大量成鱼滞销，养殖户情绪激动。假如你是驻村干部，你会怎么处理？
【参考思路】
第一，稳定情绪。第一时间到养殖户家中走访，了解存栏数量和资金困难，讲清楚村里正在想办法。
第二，多方拓销。联系县商务部门和本地商超、餐饮企业开展产销对接，同时组织养殖户参加线上直播带货。
第三，降低损失。协调冷库对部分成鱼进行暂养或冷冻储存，帮助养殖户申请政策性保险理赔和贴息贷款。
第四，长远谋划。引导养殖户成立合作社，发展鱼干、鱼片等深加工，增强抗风险能力。
""",
    ),
    dict(
        slug="wiki-baike-html-przewalski-horse-entry",
        site="博识百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.boshi.example.com/item/普氏野马放归/30211",
        title="普氏野马放归",
        record_title="普氏野马放归_博识百科",
        date=None,
        notes="encyclopaedia entry HTML; edit links and a catalogue; an example year inside a sentence; references box; no date (last-edited stamp)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>普氏野马放归_博识百科</title></head>
<body>
<div class="top">⟦m 博识百科 — 全球中文知识百科⟧ ⟦a 登录　创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　收藏　赞⟧</div>
<div class="catalog">⟦l 目录：1 背景　2 放归过程　3 现状⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 野马保护年鉴⟧</div>
<div class="stat">⟦m 浏览次数：48,102次　编辑次数：17次　最近更新：蒙原牧者 2025-04-02⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如有疑问请咨询专业人士⟧</div>
</body></html>
""",
        body="""
普氏野马放归是指将人工繁育的普氏野马释放到其历史分布区的野外环境中，使其恢复野生种群的保护行动。
普氏野马又称蒙古野马，是世界上仅存的真正野马，二十世纪中叶在野外一度灭绝，仅有少量个体在动物园中繁衍。
我国于1985年从国外引回普氏野马，在新疆建立野马繁殖研究中心，开展人工繁育。
经过多年繁育，野马种群不断扩大，此后分批放归卡拉麦里等荒漠草原，野外种群已能自然繁殖。
""",
    ),
    dict(
        slug="wiki-zhiwen-pufferfish-licence-qa",
        site="知问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiwenbaike.example.cn/wenda/88213.html",
        title="餐馆经营河豚需要办理什么手续？",
        record_title="餐馆经营河豚需要办理什么手续？-知问百科",
        date=None,
        notes="encyclopaedia-style Q&A text; decorated title; 回答于 relative time; a numbered list; not-advice notice; no date",
        page="""
!m 知问百科 · 有问必答
!m 知问百科 > 餐饮许可 > 问答
{T}
!m 已解决　　回答于 3小时前　　浏览 512
{BODY}
!l 👍 有帮助 37　　👎 没帮助 2
!l 大家还在问：河豚中毒后怎么急救？｜养殖河豚能生吃吗？
!d 以上回答由网友提供，仅供参考。
""",
        body="""
根据现行规定，餐饮单位经营养殖河豚，需要满足以下条件：
1.所用河豚须来源于经农业农村部门备案的养殖基地，并且是经过加工的河豚制品，不得采购活体河豚自行宰杀。
2.河豚加工制品须附带加工企业的产品标签和可追溯二维码。
3.餐饮单位应当建立河豚进货台账，保存采购凭证不少于二年。
4.野生河豚一律禁止经营。
具体要求建议向当地市场监督管理部门咨询。
""",
    ),
]
