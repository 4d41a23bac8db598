"""holdout266, part E: residents' sites, associations, company sites, training schools, 范文 apps.

Invented text; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="community-saxi-notice-old-objects-mallets-scan-signup",
        site="靸溪社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.saxi-shequ.example/tzgg/2024/0603/156.html",
        title="关于征集“老物件里的家风”展览展品的通知",
        record_title="【居务告知】关于征集“老物件里的家风”展览展品的通知｜靸溪社区",
        date="2024-06-01",
        date_also=["2024-06-03"],
        notes="residents' site with a weather line, a grid member's box and property repair and night-duty lines "
        "beside the community's own 咨询电话; 扫码报名 and following the community account as content; 成文日期 under the signature, the page's posting "
        "date also accepted; bracketed office prefix and site suffix; following the account as content",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>【居务告知】关于征集“老物件里的家风”展览展品的通知｜靸溪社区</title><script src="/js/weather.js"></script></head>
<body>
<div class="top">⟦m 靸溪社区 · 邻里一家亲⟧ <span>⟦m 靸河镇今日 晴 22～31℃ 空气良⟧</span></div>
<div class="nav">⟦m 首页 ｜ 社区公告 ｜ 便民服务 ｜ 党群活动 ｜ 邻里圈⟧</div>
<div class="pos">⟦m 首页 / 社区公告⟧</div>
<div class="post"><h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　2024-06-03　阅读 498⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="grid">⟦m 本网格网格员：孔丽华　手机 139 0736 5512⟧</div>
<div class="wy">⟦m 物业报修：0736-8863300　夜间值班：0736-8863301⟧</div>
<div class="share">⟦l 分享给邻居：微信 ｜ 朋友圈⟧</div>
<div class="ft">⟦m 靸溪社区居民委员会　地址：靸溪路21号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为传承好家风，社区计划于7月举办“老物件里的家风”展览，现面向全体居民征集展品。
一、征集范围：家中保存的老物件，如捶衣用的木棒槌、搓衣板、针线笸箩、老式木箱等，每件物品请附上一段家庭故事。
二、征集方式：居民可扫描社区公告栏上的二维码报名，也可直接送到社区服务中心一楼。展品展出后原样归还。
三、征集时间：6月5日至6月30日。展览开放时间将在“靸溪社区”公众号发布，请居民关注。
咨询电话：0736-8869027（社区服务中心）。
靸溪社区居民委员会
2024年6月1日
""",
    ),
    dict(
        slug="community-beiqiao-pledge-civilised-bird-keeping",
        site="鞴桥社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://beiqiao.shequ.example/changyi/2024/0419.html",
        title="文明养鸟倡议书",
        record_title="〔邻里公约〕文明养鸟倡议书（请转给家里养鸟的老人）_鞴桥社区网",
        date="2024-04-18",
        notes="a pledge asking residents to share it with family (分享 as content); 成文日期 under the signature; "
        "decorated title (bracketed prefix, aside, site suffix); a forward prompt glued after the salutation",
        page="""
!m 鞴桥社区网　｜　鞴桥社区居委会主办
!m 首页 》 邻里公约
!t 〔邻里公约〕文明养鸟倡议书（请转给家里养鸟的老人）
!m 阅读 361　｜　点赞 27
{BODY}
!l 往期公约：文明停放电动车倡议　｜　垃圾分类倡议书
!m 社区服务电话：0719-7302211　｜　鞴川县鞴桥社区居民委员会
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：⟦l 👉 觉得有用就转发到楼栋群⟧
养鸟赏鸟是很多老人的爱好，为了让养鸟和邻里和睦两不误，社区向大家倡议：
一、鸟笼挂在自家阳台或院内，不挂在楼道、电梯厅等公共区域。
二、早上七点以前、晚上九点以后，不把鸟笼挂到窗外，避免鸟叫影响邻居休息。
三、及时清理鸟笼托盘，鸟粪、羽毛、谷壳不从阳台往下倒。
四、不购买、不饲养野生保护鸟类。
请大家把这份倡议分享给家里养鸟的老人，一起做文明养鸟人。
鞴桥社区居民委员会
2024年4月18日
""",
    ),
    dict(
        slug="association-chancheng-pipe-collectors-council-minutes",
        site="韂城市烟斗收藏协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.ccpipe-xh.example/xhdt/2024/1109/77.html",
        title="韂城市烟斗收藏协会第三届理事会第二次会议纪要",
        record_title="〖理事会议纪要〗韂城市烟斗收藏协会第三届理事会第二次会议纪要 - 协会动态 - 韂城市烟斗收藏协会",
        date="2024-11-02",
        date_also=["2024-11-09"],
        notes="association with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count; the meeting's 时间 line is the document's date, the posting date also accepted; an "
        "announcements box and a copyright line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会议纪要〗韂城市烟斗收藏协会第三届理事会第二次会议纪要 - 协会动态 - 韂城市烟斗收藏协会</title><script src="/js/member.js"></script></head>
<body>
<div class="top">⟦m 韂城市烟斗收藏协会⟧　<a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="nav">⟦m 首页 ｜ 协会简介 ｜ 协会动态 ｜ 藏品赏析 ｜ 会员风采 ｜ 联系我们⟧</div>
<div class="pos">⟦m 首页 > 协会动态⟧</div>
<div class="news"><h2>{T}</h2>
<p class="info">⟦m 发布日期：2024-11-09　来源：协会秘书处　点击：203⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="side"><h4>⟦l 协会公告⟧</h4><ul><li>⟦l 2025年度会费缴纳通知⟧</li><li>⟦l 第五届烟斗藏品交流会征展启事⟧</li></ul></div>
<div class="ft">⟦m 会员服务热线：0736-8838506⟧<br>⟦m 韂城市烟斗收藏协会 版权所有　湘ICP备21008814号⟧</div>
</body></html>
""",
        body="""
时间：2024年11月2日下午2:30
地点：协会活动室
主持：会长 贺松年
出席：理事19人（应到21人）
列席：监事长 冯以宁
记录：秘书长 甘露
会议审议并通过了以下事项：
一、同意于12月在市群艺馆举办第五届烟斗藏品交流会，展品以本地老烟斗和手工烟斗为主。表决结果：同意19票，反对0票，弃权0票。
二、同意吸收新会员8名。
三、同意设立“老烟斗口述史”小组，年内采访老藏家10位。
会议要求秘书处做好交流会征展和安保工作。
""",
    ),
    dict(
        slug="association-beichuan-bamboo-pledge-blind-quality-record",
        site="鞴川县竹编行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bczbxh.example/zlgk/2024/0308.html",
        title="竹帘行业质量诚信自律倡议书",
        date="2024-03-08",
        notes="title given by the record as is; hard-wrapped at 52 columns; the association's name on the page's "
        "first line is also the signature (head match); 成文日期 in Chinese numerals; member-hotline and login chrome",
        page="""
!m 鞴川县竹编行业协会
!m 首页 | 协会公告 | 行业资讯 | 会员名录 | 会员登录
{T}
!m 来源：协会秘书处　点击量：509
{BODY}
!m 会员服务热线 0719-7335060　｜　入会咨询请工作日致电
!d 本站所载协会文件，转载请注明出自鞴川县竹编行业协会网站
""",
        wrap=52,
        indent="\u3000\u3000",
        body="""
全县竹帘生产企业和编织户：
近年来，鞴川竹帘远销海内外，但也有个别企业以次充好，用霉变竹料、劣质油漆加工竹帘，损害了鞴川竹帘的名声。为此，协会倡议：
一、守住原料关，不使用霉变、虫蛀竹料。
二、守住工艺关，竹丝粗细、织线密度达到团体标准要求，不偷工减料。
三、守住标识关，如实标注规格、材质和产地，不冒用他人商标。
四、守住服务关，对质量问题主动退换。
让我们携起手来，共同守护“鞴川竹帘”这块金字招牌。
鞴川县竹编行业协会
二〇二四年三月八日
""",
    ),
    dict(
        slug="company-qiaolong-news-washable-birdcage-title-glued",
        site="嶅岭巧笼工艺有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiaolong-craft.example/news/2024/0905.html",
        title="巧笼工艺推出可拆洗防溅竹编鸟笼",
        record_title="巧笼工艺推出可拆洗防溅竹编鸟笼 - 新闻中心 - 巧笼工艺官网",
        record_date="2024-09-05",
        date="2024-09-05",
        notes="date given by the record; company site with a cookie notice and a service float; the title "
        "repeated and glued before the news lead; the company's short name inside the body; a dotted date line",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>巧笼工艺推出可拆洗防溅竹编鸟笼 - 新闻中心 - 巧笼工艺官网</title>
<script src="/assets/site.js"></script></head>
<body>
<header>⟦m 巧笼工艺 QIAOLONG⟧ <nav>⟦m 首页　产品中心　新闻中心　工艺传承　联系我们⟧</nav> <a>⟦a 天猫旗舰店⟧</a></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 2024.09.05　浏览 388⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：巧笼工艺亮相秋季工艺美术博览会⟧</div></main>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续访问即表示同意。⟧ <button>⟦a 知道了⟧</button></div>
<div class="kefu">⟦w 定制鸟笼咨询 微信 qiaolong_2017⟧</div>
<footer>⟦m 嶅岭巧笼工艺有限公司　嶅岭县砬湾镇工业园3号⟧　⟦m 湘ICP备18026690号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 巧笼工艺推出可拆洗防溅竹编鸟笼⟧9月初，巧笼工艺正式推出新款可拆洗防溅竹编鸟笼。
新款鸟笼在传统竹编笼身下加装了一圈可拆卸的竹制防溅围板，鸟吃食时撒出的谷壳和水滴不会溅到笼外。笼底托盘改为抽拉式，清洗时不用把鸟赶出来。
笼条仍采用手工劈制的三年生毛竹，经过蒸煮、晾晒，保留了传统竹笼的透气性。
新品首批生产800只，已在公司门店和网店同步上架，老顾客凭旧笼可抵扣50元。
""",
    ),
    dict(
        slug="company-nuanmian-recall-children-quilt-covers-batches",
        site="韂城暖眠家纺有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.nuanmian-home.example/notice/2024/recall-08.html",
        title="关于召回部分批次儿童纯棉被套的公告",
        record_title="【暖眠公告】关于召回部分批次儿童纯棉被套的公告 - 暖眠家纺官网",
        date="2024-08-26",
        notes="a recall with its batch table one row a paragraph; the recall line in the text beside the site's 400 "
        "order line and an after-sales WeChat; 成文日期 under the signature; bracketed prefix and site suffix",
        page="""
!m 暖眠家纺　让每一晚都暖暖的
!m 首页 > 品牌公告
!t 【暖眠公告】关于召回部分批次儿童纯棉被套的公告
{BODY}
!m 全国订购热线：400-617-2208
!w 售后微信：nuanmian_sh
!m 韂城暖眠家纺有限公司　湘ICP备15031177号
""",
        body="""
近期，我公司在质量自查中发现，部分批次儿童纯棉被套的拉链头未加装防拉脱锁扣，存在儿童误拆误吞的隐患。为保障儿童安全，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号
卡通纯棉被套　1.2米　NM2405118
卡通纯棉被套　1.5米　NM2405126
召回期间，消费者可凭购买凭证到门店退货或免费更换；网购的消费者请拨打召回专线0736-8876211，我公司上门取件。
由此给您带来的不便，我们深表歉意。
韂城暖眠家纺有限公司
2024年8月26日
""",
    ),
    dict(
        slug="school-muqu-brochure-weekend-mallet-woodwork-timetable",
        site="木趣工坊 (invented woodwork training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.muqu-workshop.example/course/bangchui-2024autumn.html",
        title="周末亲子木作课：亲手车一根捣衣棒槌",
        record_title="【亲子木作】周末亲子木作课：亲手车一根捣衣棒槌（每期限10组）｜木趣工坊",
        date=None,
        notes="training school with a promo banner and a consult float; a course timetable one row a paragraph; "
        "the school's 报名电话 beside a 400 franchise line; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【亲子木作】周末亲子木作课：亲手车一根捣衣棒槌（每期限10组）｜木趣工坊</title><script src="https://kf.muqu-workshop.example/chat.js"></script></head>
<body>
<div class="promo">⟦a 秋季报名季：老学员续报立减 100 元⟧</div>
<header>⟦m 木趣工坊⟧ ⟦m 一块木头，一段时光⟧ <nav>⟦m 首页 课程 师资 作品 加盟⟧</nav></header>
<section class="course"><h1>{T}</h1>
<div class="detail">
{BODY}
</div>
<a class="btn">⟦a 立即预约试听⟧</a></section>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 品牌加盟热线 400-996-5130⟧<br>⟦m 木趣工坊（鸊湖店）　韂城市鸊湖区湖滨路16号⟧</footer>
</body></html>
""",
        body="""
棒槌是过去家家户户捶衣洗布的工具。这门课由老木匠带着孩子和家长，从一块枣木方料开始，亲手车出一根属于自己的捣衣棒槌。
课程安排
课次　内容　时长
第一课　认识木料、画线下料　2小时
第二课　木工车床车削槌头和手柄　3小时
第三课　打磨、上木蜡油、刻名字　2小时
每期限10组家庭，孩子年龄8岁以上，全程配备护目镜和防尘口罩。
报名电话：0736-8851692（工坊前台）。
""",
    ),
    dict(
        slug="school-doushi-brochure-handmade-pipe-weekend-class",
        site="斗室手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.doushi-shouzuo.example/zs/pipe-03.html",
        title="手工烟斗制作周末班招生简章",
        record_title="手工烟斗制作周末班招生简章（第3期·仅剩4席）- 斗室手作学堂",
        date=None,
        notes="a brochure with a numbered list, the school's 报名电话 beside a consult WeChat; a trial-lesson line on "
        "its own between paragraphs; no date; decorated title (aside and school suffix)",
        page="""
!m 斗室手作学堂　｜　皮具 · 木作 · 烟斗
!m 首页 › 课程招生 › 烟斗班
!t 手工烟斗制作周末班招生简章（第3期·仅剩4席）
{BODY}
!w 课程顾问微信：doushi_xuetang（备注“烟斗班”）
!l 其他课程：手缝皮具入门班　｜　木勺雕刻体验课
!m 斗室手作学堂　嶅岭县人民路58号二楼
""",
        body="""
想拥有一只自己亲手做的烟斗吗？斗室手作学堂第3期手工烟斗制作周末班开始招生。
一、课程内容：认识石楠根料，学习画型、钻孔、粗坯成型、精修、打磨、染色、上蜡，结业时每位学员带走一只自制烟斗。
二、上课时间：每周六全天，共四周。
⟦a 不确定适不适合？先约一节 99 元体验课⟧
三、学费：1680元，含石楠根料、斗嘴和全部耗材。
四、招生人数：每期6人，小班教学。
报名电话：0739-5262017。
""",
    ),
    dict(
        slug="app-luobi-speech-mallet-campus-cn-date-under-title",
        site="落笔APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.luobi-app.example/share/doc/80473316",
        title="在“老手艺进校园”捶布技艺展示活动上的致辞",
        record_title="在“老手艺进校园”捶布技艺展示活动上的致辞（校长致辞精选）· 落笔APP",
        date="2024-10-15",
        notes="writing app's H5 share: an open-app mask, a fold, an AI-rewrite button glued after a sentence; the date "
        "under the speech title in Chinese numerals; the speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在“老手艺进校园”捶布技艺展示活动上的致辞（校长致辞精选）· 落笔APP</title>
<script src="https://h5.luobi-app.example/static/share.js"></script></head>
<body>
<div class="mask">⟦a 在落笔APP内打开，阅读更流畅⟧ <button>⟦a 去APP看⟧</button></div>
<div class="doc"><h1>{T}</h1>
<p class="sub">（二〇二四年十月十五日）</p>
<p class="sub">杴口镇中心小学校长　孙立群</p>
{BODY}
</div>
<div class="fold">⟦a 展开剩余 40% ∨⟧</div>
<div class="bar">⟦a 一键复制　｜　导出Word　｜　AI帮我写一篇⟧</div>
<div class="rec">⟦l 同类范文：开学典礼校长致辞 ｜ 劳动教育周启动仪式讲话⟧</div>
<div class="ft">⟦m 落笔APP · 让公文写作更轻松⟧</div>
</body></html>
""",
        body="""
各位老师、同学们，各位老人家：
大家好！今天，我们请来了杴口镇的十位捶布老人，给同学们展示用棒槌在青石板上捶洗衣裳的老手艺。
过去没有洗衣机，家家户户都靠一根棒槌、一块石板把衣裳洗干净。棒槌声里，有勤劳，也有一家人的日子。⟦a ✨ AI润色本段⟧
同学们，今天请你们认真看、用心学，亲手拿起棒槌捶一捶，体会劳动的辛苦，也学会珍惜父母的付出。
最后，感谢各位老人家的辛勤付出，祝展示活动圆满成功！
""",
    ),
    dict(
        slug="app-cailiaobao-summary-village-memory-hall-mallets",
        site="材料宝APP (invented writing app, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.cailiaobao.example/s/zj/551902",
        title="杴口镇2024年乡村记忆馆建设工作总结",
        record_title="杴口镇2024年乡村记忆馆建设工作总结（精选范文）- 材料宝APP",
        date="2024-12-16",
        notes="an app's text share with a paywall line glued after a sentence and a VIP unlock line between "
        "paragraphs; 成文日期 under the signature; aside and app suffix",
        page="""
!m 材料宝 · 写材料的好帮手
!t 杴口镇2024年乡村记忆馆建设工作总结（精选范文）
!m 收藏 2.1k　｜　已有 3906 人参考
{BODY}
!a 下载材料宝APP，海量范文随时改
!l 相似范文：村史馆建设情况汇报 ｜ 文化站年度工作总结
!d 材料宝范文仅供写作参考，请结合实际修改使用
""",
        indent="\u3000\u3000",
        body="""
今年，杴口镇把乡村记忆馆建设作为文化振兴的重点工作，利用老粮站旧仓库改建记忆馆，于10月正式开馆。
一、广泛征集展品。发动各村干部、老党员上门征集老物件，共收到捶衣棒槌、搓衣板、纺车、犁耙等展品436件，其中棒槌就有52根，最老的一根有一百二十多年。⟦a 开通VIP查看完整范文⟧
⟦a 以下内容已折叠，VIP会员一键解锁⟧
二、讲好展品故事。组织志愿者为每件展品录制捐赠人口述，编印《棒槌声里的杴口》小册子。
三、用好记忆馆。开馆以来接待中小学生研学23批次、游客5000余人次。
明年，我们将继续完善展陈，把记忆馆打造成群众身边的文化客厅。
杴口镇人民政府
2024年12月16日
""",
    ),
]
