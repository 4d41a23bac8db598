"""holdout339, part E: residents' sites, associations, companies, training schools, 范文 apps and exam forums.

Invented pages, places, people, firms, numbers and URLs (see ../README.md); markup as in ../build.py.
"""

CASES = [
    dict(
        slug="community-chiping-sleeves-scan-grid-box",
        site="霎湖区豉坪社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chipingsq.cn/notice/2025/0702-41.html",
        title="关于为辖区户外劳动者免费发放防晒袖套的通知",
        record_title="【豉坪居委提醒】关于为辖区户外劳动者免费发放防晒袖套的通知 - 豉坪社区网",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="residents' site: weather line, a grid member's box with a mobile, property repair and night lines beside the "
        "community's own 咨询电话; a scan-to-register sentence is body; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【豉坪居委提醒】关于为辖区户外劳动者免费发放防晒袖套的通知 - 豉坪社区网</title>
</head>
<body>
<div class="sq-top">⟦m 豉坪社区网 · 霎湖区豉坪街道豉坪社区⟧ ⟦m 今日 晴 26~36℃ 紫外线很强⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　便民服务　党群活动　邻里互助⟧</div>
<div class="sq-art">
<h2>⟦t 【豉坪居委提醒】关于为辖区户外劳动者免费发放防晒袖套的通知⟧</h2>
<div class="sq-info">⟦m 社区居委会　2025-07-02　阅读 1044⟧</div>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　韦小满　138 0731 6627⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0731-8852001　夜间值班：0731-8852009⟧</div>
<div class="sq-more"><h4>⟦l 社区公告 · 往期⟧</h4><ul><li>⟦l 关于二季度燃气安全入户检查的通知⟧</li><li>⟦l 社区老年食堂七月菜单⟧</li></ul></div>
<div class="sq-foot">⟦m 豉坪社区网　湘ICP备22001463号-1⟧</div>
</body>
</html>
""",
        body="""
辖区各单位、各位居民：
为关爱高温天气下坚守岗位的户外劳动者，社区联合辖区共建单位筹集防晒袖套800副，定于7月5日至7月7日每天8:00—11:00在社区党群服务中心一楼免费发放。
一、发放对象：在本社区范围内工作的环卫工人、快递和外卖骑手、建筑工人、保安人员等。
二、领取方式：领取人现场扫码登记姓名和工作单位，每人限领两副。
三、请各物业公司、共建单位帮忙转告，也欢迎居民为身边的户外劳动者代领。
咨询电话：0731-8851362（社区居委会）。
豉坪社区居民委员会
2025年7月1日
""",
    ),
    dict(
        slug="community-huaiyin-handfan-pledge-share-content",
        site="槐荫社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://huaiyinsq.example.cn/gonggao/202507/173.html",
        title="关于安全使用和规范充电小风扇的倡议书",
        date="2025-07-10",
        notes="record title as is; residents' site text: a sentence asking residents to share the pledge is body; a share bar "
        "and a neighbour-group QR line are chrome; date under the signature",
        page="""
!m 槐荫社区服务网　缰溪县城关镇槐荫社区
!m 首页 ＞ 社区公告
{T}
!m 来源：槐荫社区居委会　｜　2025-07-10　｜　浏览 692
{BODY}
!l 分享到：微信好友　朋友圈　QQ
!a 扫一扫，进槐荫邻里群
!l 上一篇：槐荫社区夏季义诊活动预告
!m 槐荫社区居委会 值班电话 0736-8701100
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
入夏以来，手持风扇、挂脖风扇成了大家出门的必备品。近期，邻近小区发生一起小风扇在楼道充电时起火的事件。为守护家园安全，社区向大家发出如下倡议：
一、购买小风扇要认准3C标志和正规厂家，不贪便宜买“三无”产品。
二、充电时有人看管，充满即拔，不在床铺、沙发上充电，不在楼道内充电。
三、发现电池鼓包、外壳发烫变形的，立即停用，交到社区有害垃圾回收点。
四、请各位楼栋长把本倡议转发到楼栋群，分享给家中老人和孩子。
安全用电，从一把小风扇做起。
缰溪县城关镇槐荫社区居民委员会
2025年7月10日
""",
    ),
    dict(
        slug="association-biaocheng-meddevice-tape-minutes-vote",
        site="镳城市医疗器械行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.bcmda.org.cn/xhdt/2025/0418/266.html",
        title="镳城市医疗器械行业协会医用胶布团体标准研讨会纪要",
        record_title="〖团标进展〗镳城市医疗器械行业协会医用胶布团体标准研讨会纪要_协会新闻_镳城医械协会",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="association page: member-login row, a member hotline; the minutes' 时间/地点/主持/出席/记录 lines and a vote count "
        "in the body; the 时间 line gives the date, the page date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖团标进展〗镳城市医疗器械行业协会医用胶布团体标准研讨会纪要_协会新闻_镳城医械协会</title>
</head>
<body>
<div class="xh-top">⟦m 镳城市医疗器械行业协会⟧ ⟦a 会员单位登录 · 申请入会 · 会员证查验⟧</div>
<div class="xh-nav">⟦m 协会介绍　协会新闻　标准工作　政策法规　会员之家⟧</div>
<div class="xh-art">
<h1>⟦t 〖团标进展〗镳城市医疗器械行业协会医用胶布团体标准研讨会纪要⟧</h1>
<div class="xh-info">⟦m 发布：秘书处　日期：2025-04-18　浏览：271⟧</div>
<div class="xh-body">
{BODY}
</div>
</div>
<div class="xh-side">⟦m 会员服务专线：0739-5177086⟧</div>
<div class="xh-foot">⟦d © 镳城市医疗器械行业协会　未经协会书面同意，不得转载本站文章⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月16日上午9时
地点：协会三楼会议室
主持：协会会长　柏振华
出席：理事单位代表22人，特邀专家3人
记录：秘书处　邝宁
会议讨论了《医用压敏胶布》团体标准（征求意见稿）。与会代表认为，现有国家标准对持粘性和剥离强度规定较为宽泛，本地企业产品质量参差不齐，有必要制定高于国家标准的团体标准。会议形成以下意见：
一、剥离强度指标在征求意见稿基础上适当提高，低敏胶布单独设定皮肤刺激性要求。
二、标准起草组由白鹭医用材料有限公司牵头，5月底前形成送审稿。
三、表决通过征求意见稿修改方案：同意21票，反对0票，弃权1票。
""",
    ),
    dict(
        slug="association-biaocheng-health-footpatch-pledge-head",
        site="镳城市保健用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.bcbjxh.cn/news/show-502.html",
        title="关于规范足贴类产品宣传的自律倡议书",
        record_title="〔会员自律〕关于规范足贴类产品宣传的自律倡议书 - 镳城市保健用品行业协会",
        date="2025-06-20",
        notes="association text: its name at the top is also the signature (head match); a sentence asking members to forward "
        "and share the pledge is body; date in Chinese numerals under the signature",
        page="""
!m 镳城市保健用品行业协会
!m 首页 | 协会动态 | 会员名录 | 入会指南
!t 〔会员自律〕关于规范足贴类产品宣传的自律倡议书
!m 发布时间：2025-06-21　作者：协会秘书处
{BODY}
!a 会员单位请登录后下载盖章版
!m 协会秘书处电话：0739-5219930
!m 镳城市保健用品行业协会版权所有
""",
        indent="\u3000\u3000",
        body="""
全市各会员单位：
近期，个别企业和销售人员在社区、公园以“免费体验”“专家讲座”等方式推销足贴类产品，夸大宣传“排毒”“治病”功效，损害了消费者特别是老年消费者的权益，也损害了行业声誉。为此，协会向全体会员单位倡议：
一、如实宣传。足贴类产品不得宣称具有预防、治疗疾病的作用，不得使用“排毒”“根治”等用语。
二、规范销售。不组织针对老年人的会议营销，不以赠品诱导留存个人信息。
三、接受监督。主动公开产品成分和执行标准，畅通退换货渠道。
请各会员单位将本倡议转发至员工工作群，分享给每一名销售人员。
镳城市保健用品行业协会
二〇二五年六月二十日
""",
    ),
    dict(
        slug="company-liangyi-neckfan-launch-title-glued",
        site="凉宜电器官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liangyi-dq.com/news/2025/0516-neckfan3.html",
        title="凉宜电器发布第三代无叶挂脖风扇",
        record_title="新品上市速递 ∷ 凉宜电器发布第三代无叶挂脖风扇 ∷ 凉宜电器",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="company news: a cookie notice, a service float; the title repeated and glued before the lead's first words; "
        "a dotted date; the company's short name inside the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品上市速递 ∷ 凉宜电器发布第三代无叶挂脖风扇 ∷ 凉宜电器</title>
<script src="/assets/js/site.js" defer></script>
</head>
<body>
<div class="ly-cookie">⟦d 我们会使用Cookie改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header class="ly-head"><span>⟦m 凉宜电器 LIANGYI⟧</span><nav>⟦m 产品中心　新闻动态　服务支持　关于凉宜⟧</nav></header>
<div class="ly-banner">⟦m 凉宜 · 随身的一阵风⟧</div>
<div class="ly-news">
<h1>⟦t 新品上市速递 ∷ 凉宜电器发布第三代无叶挂脖风扇⟧</h1>
<div class="ly-date">⟦m 2025.05.16 ｜ 新闻动态⟧</div>
{BODY}
</div>
<div class="ly-float">⟦w 在线客服⟧<br>⟦m 售后热线 400-700-3568⟧</div>
<footer>⟦m © 2025 凉宜电器有限公司　粤ICP备16052280号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 凉宜电器发布第三代无叶挂脖风扇⟧5月16日，凉宜电器在镳城高新区总部举行新品发布会，正式推出第三代无叶挂脖风扇。
新产品采用环形出风设计，72个出风孔沿颈部均匀分布，避免了传统扇叶卷入头发的问题；整机重量降至238克，单次充电最长可使用12小时。
针对用户反映的贴颈闷热问题，第三代产品在内侧增加了亲肤硅胶垫，可拆洗。电池采用通过安全认证的电芯，并设置过充、过温双重保护。
凉宜电器相关负责人介绍，新产品将于5月20日起在各大电商平台和线下门店同步上市。
""",
    ),
    dict(
        slug="company-qingshan-sleeves-recall-batches",
        site="晴衫服饰官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qingshan-fs.com/notice/recall-2025-07.html",
        title="关于召回部分批次冰丝防晒袖套的公告",
        date="2025-07-18",
        notes="record title as is; company text: a recall table of batches one row a paragraph; the recall line in the body "
        "beside the shop's 400 order line; date under the signature",
        page="""
!m 晴衫服饰 | 为户外而生的轻防晒
!m 首页 / 品牌公告
{T}
!m 2025-07-18 20:00　品牌公告
{BODY}
!a 返回公告列表
!m 官方商城订购热线：400-188-6602
!m © 晴衫服饰有限公司 浙ICP备20046619号
""",
        body="""
尊敬的消费者：
我公司在自查中发现，部分批次冰丝防晒袖套的吊牌所标“UPF50+”与实测结果不符，实测防晒系数为UPF30。为保障消费者权益，我公司决定召回以下批次产品：
批次号　颜色　生产日期
QS2505A　浅灰　2025年5月
QS2505B　天蓝　2025年5月
QS2506C　米白　2025年6月
购买上述批次产品的消费者，可凭订单或吊牌办理全额退款或更换合格产品，往返运费由我公司承担。
召回专线：0571-8620337（每日9:00—21:00）。
由此给您带来的不便，我们深表歉意。
晴衫服饰有限公司
2025年7月18日
""",
    ),
    dict(
        slug="training-renshu-tape-course-brochure",
        site="仁术护理培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.renshuhl.com/kc/lzz-jb.html",
        title="静脉留置针胶布固定实操班招生简章",
        record_title="静脉留置针胶布固定实操班招生简章 ◆ 仁术护理培训学校 · 现正招生",
        date=None,
        notes="training-school page: a promo banner, a consult float with a 400 line beside the school's own 报名电话 in the body; "
        "a course table one row a paragraph; a trial-lesson prompt on its own between paragraphs; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>静脉留置针胶布固定实操班招生简章 ◆ 仁术护理培训学校 · 现正招生</title>
</head>
<body>
<div class="rs-banner">⟦a 老学员带新学员报名，两人同享九折⟧</div>
<div class="rs-head">⟦m 仁术护理培训学校⟧ ⟦m 手把手，教会每一个操作⟧</div>
<div class="rs-nav">⟦m 首页　课程中心　师资团队　学员风采　联系我们⟧</div>
<h1>⟦t 静脉留置针胶布固定实操班招生简章⟧</h1>
<div class="rs-body">
{BODY}
</div>
<div class="rs-float">⟦w 课程顾问在线⟧<br>⟦m 全国招生热线 400-996-1180⟧</div>
<div class="rs-foot">⟦m 仁术护理培训学校　办学许可证号：教民143070170000812号⟧</div>
</body>
</html>
""",
        body="""
本班面向在职护士、护理专业实习生和养老机构护理员，采用小班教学，每班16人，在模拟人上反复练习，学会为止。
课程安排如下：
课时　内容　形式
第1—2课时　常用医用胶布的种类与选择　讲授
第3—5课时　无张力粘贴与高举平台法固定　实操
第6—7课时　胶布相关皮肤损伤的预防与处理　讲授加实操
⟦a 不确定适不适合？先来听一节免费试听课⟧
学费：680元（含教材和耗材费），考核合格颁发结业证书。
报名电话：0743-2265081（周一至周六），报名地址：龛山县人民路56号二楼。
""",
    ),
    dict(
        slug="training-qifan-ecommerce-neckfan-insight",
        site="启帆电商学院 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qifanedu.cn/xueyuan/xinde/0419.html",
        title="我卖挂脖风扇的第一个夏天",
        record_title="【学员投稿·第17期】我卖挂脖风扇的第一个夏天 — 启帆电商学院",
        date=None,
        notes="training school text: a student's insight with no date; a course ad line on its own between paragraphs; "
        "sign-up prompt and a consult line after",
        page="""
!m 启帆电商学院 · 零基础学开店
!m 首页 › 学员风采 › 学员心得
!t 【学员投稿·第17期】我卖挂脖风扇的第一个夏天
!m 作者：第17期学员 阿敏　　阅读 2,740
{BODY}
!a 想跟阿敏一样开店？立即预约下一期开班
!w 招生老师微信：qifan_zhaosheng3
!l 更多学员心得：宝妈在家做跨境的180天 ▸ 从摆地摊到开网店
""",
        indent="\u3000\u3000",
        body="""
去年三月，我在启帆上完了第17期网店运营课，四月开了自己的小店，卖的第一款产品就是挂脖风扇。
刚开始没有经验，进了五百台同一个颜色的货，结果一个月只卖出去六十多台。老师看了我的店铺数据说，主图拍得太普通，标题里也没有“无叶”“静音”这些大家会搜的词。
⟦a 第18期网店运营课报名中，前20名送选品手册⟧
按老师说的，我重新拍了戴在脖子上的实景图，又拍了一段卷头发对比的小视频。六月以后，店里每天能卖出四五十台，到八月底，五百台全部卖完，还追加了两次货。
这个夏天让我明白，选品只是开始，真正要下功夫的是弄懂买家在想什么。
""",
    ),
    dict(
        slug="fanwenapp-bixia-host-script-handfan-h5",
        site="笔下生花 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc/7720581?from=wx",
        title="社区“清凉一夏”纳凉晚会主持词",
        record_title="【串词·纳凉晚会】社区“清凉一夏”纳凉晚会主持词 · 笔下生花APP",
        date=None,
        notes="writing-app share page: an open-app mask, a fold with 'open the app for the rest', AI-rewrite and copy buttons; "
        "a host script with A/B/合 lines; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【串词·纳凉晚会】社区“清凉一夏”纳凉晚会主持词 · 笔下生花APP</title>
</head>
<body>
<div class="bx-mask">⟦a 在笔下生花APP内打开，阅读体验更好⟧ <a>⟦a 打开⟧</a></div>
<div class="bx-doc">
<h1>{T}</h1>
<div class="bx-meta">⟦m 笔下生花 · 主持词频道　｜　2.1万人用过⟧</div>
<div class="bx-text">
{BODY}
</div>
<div class="bx-fold">⟦a 剩余 2 段已收起，打开APP查看全文⟧</div>
<div class="bx-btns">⟦a ✎ AI帮我改成我们社区的⟧　⟦a ⧉ 一键复制⟧</div>
</div>
<div class="bx-rec"><h3>⟦l 相似主持词⟧</h3><ul><li>⟦l 广场消夏文艺演出主持词⟧</li><li>⟦l 邻里节晚会串词（三人版）⟧</li></ul></div>
</body>
</html>
""",
        body="""
A：尊敬的各位居民朋友们，
B：亲爱的小朋友们，
合：大家晚上好！
A：夏夜的晚风轻轻吹过社区广场，今天，我们在这里相聚，共同参加“清凉一夏”纳凉晚会。
B：今晚，社区为每位到场的居民准备了一份小礼物——一把手持风扇，工作人员正在入口处发放，还没领到的朋友请举手示意。
A：这把小风扇，扇走的是暑热，送来的是邻里之间的清凉和温暖。
B：今晚的节目由社区舞蹈队、少儿合唱团和老年戏曲社精心准备。
合：下面，我们宣布：“清凉一夏”纳凉晚会现在开始！
""",
    ),
    dict(
        slug="fanwenapp-wengaotong-head-nurse-duty-oneline",
        site="文稿通 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://app.wengaotong.cn/s/r/55102937",
        title="护士长年度述职报告",
        record_title="护士长年度述职报告（耗材管理篇·精编可改）| 文稿通",
        date=None,
        notes="writing-app text: the whole report on one line (paragraphs apart only by their indent), ×× placeholders in the "
        "signature; member and AI prompts before and after; no date",
        page="""
!m 文稿通 · 写材料不求人
!t 护士长年度述职报告（耗材管理篇·精编可改）
!m 已有 8,336 人使用　·　更新于 昨天
!a 开通文稿通会员，全文无限复制
{BODY}
!a 👉 智能改写：一键换成你们科室的数据
!l 你可能还需要：护士长竞聘演讲稿 ｜ 护理部年度工作总结
!d 范文仅供参考，请结合本单位实际修改使用。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一年来，在护理部和科主任的领导下，我带领全科护理人员围绕护理质量和患者安全开展工作，现述职如下。
一是抓规范。针对医用胶布使用不规范导致的皮肤损伤，组织全科学习无张力粘贴和反折撕除法，全年胶布相关皮肤损伤由11例降至3例。
二是管耗材。建立胶布、敷料等耗材基数管理，按需申领，每月盘点，全年科室耗材费用下降8.6%。
三是带队伍。开展床边教学24次，两名护士在院技能竞赛中获奖。
不足之处是护理科研开展较少。明年我将继续努力，争取把科室护理工作做得更好。
述职人：××科护士长　××
""",
    ),
    dict(
        slug="gkforum-kaowan-footpatch-interview-jammer",
        site="考碗驿站 (invented civil-service exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.kaowanyz.com/thread-331806-1-1.html",
        title="有人在公园以免费送足贴为名向老人推销保健品，你作为社区工作人员怎么处理？",
        record_title="〔结构化·现场处置〕有人在公园以免费送足贴为名向老人推销保健品，你作为社区工作人员怎么处理？ - 面试交流 - 考碗驿站",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a QQ-group ad, a rating row; an interview answer with "
        "numbered steps; post time 4 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔结构化·现场处置〕有人在公园以免费送足贴为名向老人推销保健品，你作为社区工作人员怎么处理？ - 面试交流 - 考碗驿站</title>
<style>.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="hd">⟦m 考碗驿站⟧ ⟦m 一起捧稳考碗⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 考碗驿站 › 面试交流 › 结构化题目⟧</div>
<h1>⟦t 〔结构化·现场处置〕有人在公园以免费送足贴为名向老人推销保健品，你作为社区工作人员怎么处理？⟧</h1>
<div class="authi">⟦m 上岸的小鹿　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖另附 5 套同类真题，回复本帖即可查看⟧</div>
<div class="rate">⟦l 评分 12 人　考币 +36　“思路清晰”⟧</div>
<div class="ad">⟦w 面试冲刺互助群（QQ）：702881364，进群备注“驿站”⟧</div>
<div id="ft">⟦m 考碗驿站　Powered by Discuz!　鄂ICP备19025518号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=2),
        body="""
这道题考的是现场处置能力，我的答题思路如下，请各位指正。
首先，稳住现场。我会第一时间赶到公园，以社区工作人员身份上前了解情况，劝导老人先不要登记个人信息、不要交钱，同时用手机记录推销人员的宣传内容。
其次，核实身份。请推销人员出示营业执照和产品资料，如发现其宣称足贴能治病、存在虚假宣传，及时联系市场监管部门和社区民警到场处理。
再次，做好宣传。对已经领取足贴或留下电话的老人逐一登记，告知其子女，提醒不要参加所谓的健康讲座。
最后，举一反三。在社区开展防范养老诈骗宣传，请网格员加强对公园、广场的巡查。
""",
    ),
    dict(
        slug="gkforum-shenlunquan-sleeves-essay-junk",
        site="申论圈 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.shenlunquan.com/t/55917",
        title="一副袖套里的民生温度",
        record_title="[申论晨练·第12天] 一副袖套里的民生温度（大家帮忙看看立意）- 申论写作 - 申论圈",
        date=None,
        notes="exam-forum text: junk lines and junk glued after sentences; a post time 3 周前 (no date); floor replies",
        page="""
!m 申论圈 › 申论写作 › 大作文练笔
!t [申论晨练·第12天] 一副袖套里的民生温度（大家帮忙看看立意）
!m 楼主：岸边等风　发布于 3 周前　阅读 1,054
{BODY}
!l 沙发 阿树：立意可以，第三段的例子再具体一点就更好了
!l 板凳 申论小马：结尾有点仓促，建议回扣标题
!a 回复楼主需先登录 ｜ 点赞 ｜ 收藏
""",
        junk=dict(lines=2, glued=2),
        body="""
盛夏时节，有地方为环卫工人送去一副副防晒袖套。袖套虽小，却折射出一座城市的民生温度。
民生温度，体现在对需求的精准回应上。户外劳动者最怕的是晒伤和中暑，一副袖套、一顶草帽，比空洞的口号更能说到他们心里。
民生温度，体现在制度的持续保障上。高温津贴按时足额发放、错峰作业制度落实到位，才能让关爱不止于一时。
民生温度，还体现在全社会的共同参与上。爱心驿站的一杯凉水、居民的一声问候，都是城市最动人的风景。
让每一副袖套都成为连接政府与群众的纽带，民生温度就会温暖每一个平凡的劳动者。
""",
    ),
]
