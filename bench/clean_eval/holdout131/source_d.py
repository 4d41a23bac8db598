"""holdout131, part D: exam sites, tender portals, law firms, residents' sites, associations, company sites, training schools. Invented text."""

CASES = [
    dict(
        slug="exam-pentathlon-coach-recruit-text",
        site="栎阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.liyang.gov.cn/zkxx/2024/0610/1182.html",
        title="栎阳市现代五项训练基地2024年公开招聘教练员笔试成绩公示",
        record_title="栎阳市现代五项训练基地2024年公开招聘教练员笔试成绩公示_考试动态_栎阳人事考试信息网",
        date="2024-06-10",
        notes="exam site; score table kept; objection mailbox in the body next to the site's line",
        page="""
!m 栎阳人事考试信息网
!m 网站首页 ＞ 考试动态 ＞ 成绩公示
{T}
!m 日期：2024-06-10　　浏览：2158　　来源：市人事考试中心
{BODY}
!a 【打印】【关闭】
!w 考生服务专线：0379-65219000（工作日）
!m 主办单位：栎阳市人力资源和社会保障局　　备案号：豫ICP备05018834号
""",
        body="""
栎阳市现代五项训练基地2024年公开招聘教练员笔试已于6月8日结束，现将进入资格复审人员的笔试成绩公示如下：
岗位代码　准考证号　笔试成绩
01击剑教练　20240601003　78.5
01击剑教练　20240601011　74.0
02游泳教练　20240602006　81.0
02游泳教练　20240602002　76.5
公示期为2024年6月10日至6月14日。对公示成绩有异议的，请在公示期内以书面形式向训练基地人事科反映，邮箱：lyxdwx_rs@163.com。
栎阳市现代五项训练基地
2024年6月10日
""",
    ),
    dict(
        slug="tender-ski-jump-equipment-html",
        site="桦峪公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huayu.gov.cn/jyxx/zfcg/cggg/20240902/0099871.html",
        title="桦峪跳台滑雪训练中心助滑道维护设备采购项目公开招标公告",
        record_title="桦峪跳台滑雪训练中心助滑道维护设备采购项目公开招标公告",
        date="2024-09-02",
        notes="tender platform; purchaser and agency contacts kept next to the platform's CA hotline; lot table kept",
        page="""
<html><head><meta charset="utf-8"><title>桦峪跳台滑雪训练中心助滑道维护设备采购项目公开招标公告</title></head>
<body>
<div class="top">⟦m 桦峪区公共资源交易中心⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA办理⟧</a></div>
<div class="nav">⟦m 首页 ｜ 交易信息 ｜ 政策法规 ｜ 办事指南 ｜ 诚信管理⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 信息时间：2024-09-02 17:30:15　阅读次数：301⟧</div>
<div class="con">
{BODY}
</div>
<div class="help">⟦w CA数字证书服务电话：400-818-5066⟧ ⟦w 平台技术支持：0451-57230099⟧</div>
<div class="ft">⟦m 桦峪区公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
项目概况：桦峪跳台滑雪训练中心助滑道维护设备采购项目的潜在投标人应在桦峪区公共资源交易网获取招标文件，并于2024年9月24日9时30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：HYCG-2024-0367
预算金额：286万元
采购需求：
包号　名称　数量
1　助滑道制冰设备　1套
2　压雪车　1台
3　着陆坡护网　1200米
二、获取招标文件
时间：2024年9月3日至9月9日，每天上午8:30至11:30，下午14:30至17:00。方式：登录交易平台免费下载。
三、联系方式
采购人：桦峪跳台滑雪训练中心　联系人：葛鸿　电话：0451-57219013
采购代理机构：黑龙江澄信项目管理有限公司　联系人：宋佳　电话：0451-86120774
""",
    ),
    dict(
        slug="tender-stone-lion-bid-result-text",
        site="槠溪镇招标采购信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zb.zhuxizhen.cn/zbgs/20241118/552.html",
        title="槠溪古镇入口石狮雕刻项目中标结果公告",
        record_title="槠溪古镇入口石狮雕刻项目中标结果公告-招标采购信息网",
        date="2024-11-18",
        notes="bid result with candidates table; complaints line of the document kept; site chrome around",
        page="""
!m 槠溪镇招标采购信息网
!m 首页 › 招标公告 › 结果公示
{T}
!m 发布单位：槠溪镇人民政府　发布时间：2024年11月18日　点击：97
{BODY}
!l 相关公告：槠溪古镇入口石狮雕刻项目招标公告（2024-10-21）
!a 打印 ｜ 收藏 ｜ 返回顶部
!d 本网发布的招标采购信息以招标人书面文件为准。
""",
        body="""
一、项目名称：槠溪古镇入口石狮雕刻项目
二、项目编号：ZXZ-2024-018
三、中标单位：槠溪镇老匠人石雕工艺厂
四、中标金额：人民币壹拾柒万捌仟元整（¥178000.00）
五、评标情况：
排名　投标人　得分
1　槠溪镇老匠人石雕工艺厂　92.6
2　惠安顺石石业有限公司　88.1
3　曲阳北岭雕塑工程有限公司　85.4
六、公示期：自本公告发布之日起1个工作日。
各有关当事人对中标结果有异议的，可在公示期内向招标人提出质疑，联系电话：0595-87610312。
槠溪镇人民政府
2024年11月18日
""",
    ),
    dict(
        slug="lawfirm-film-festival-copyright-article-html",
        site="榆滨海澄律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.haichenglaw.cn/insights/2024/film-shorts-copyright",
        title="短片参赛作品的著作权归属：给青年导演的五点提示",
        record_title="法律观察丨短片参赛作品的著作权归属：给青年导演的五点提示",
        date="2024-08-21",
        notes="law-firm article; disclaimer 'not legal advice' chrome; consult float; date in byline",
        page="""
<html><head><meta charset="utf-8"><title>短片参赛作品的著作权归属：给青年导演的五点提示 - 海澄律师事务所</title></head>
<body>
<header>⟦m 海澄律师事务所 HAICHENG LAW⟧ <nav>⟦m 关于我们 专业领域 律师团队 海澄观察 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 海澄观察 / 知识产权⟧</div>
<article><h1>{T}</h1>
<p class="by">⟦m 作者：海澄知识产权团队　2024-08-21⟧</p>
{BODY}
<p class="disc">⟦d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。⟧</p>
</article>
<div class="float">⟦w 在线咨询 · 预约律师 0535-6688123⟧</div>
<footer>⟦m 地址：榆滨市滨海大道66号金融中心21层⟧ ⟦m © 2024 海澄律师事务所⟧</footer>
</body></html>
""",
        body="""
每到电影节征片季，我们都会收到不少青年导演的咨询：作品交给电影节之后，版权还是不是自己的？结合常见的征片规则，我们给出五点提示。
一、先看征片规则里的授权条款。多数电影节只要求非独家、限期的展映授权，但也有个别活动要求“获奖作品著作权归主办方所有”，报名前务必看清。
二、合作作品要事先书面约定。编剧、摄影、剪辑等主创共同完成的短片，应在拍摄前签订协议，明确著作权归属和收益分配。
三、使用音乐和素材要取得许可。背景音乐、字体、历史影像都可能涉及他人权利，建议保存授权凭证。
四、演员的肖像使用要有授权。特别是邀请亲友出镜的，也应签署简单的肖像使用同意书。
五、发现作品被擅自使用要及时固定证据。可以通过公证或可信时间戳等方式留存网页和视频证据。
""",
    ),
    dict(
        slug="lawfirm-sled-dog-liability-text",
        site="桦峪北辰律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.beichenlawyer.com/news/show-1033.html",
        title="游客乘坐雪橇犬车受伤，谁来担责？",
        record_title="【以案说法】游客乘坐雪橇犬车受伤，谁来担责？_北辰律师事务所",
        date="2025-01-16",
        notes="law-firm case article; 律师 author line; consult prompt glued to the last paragraph; date in byline",
        page="""
!m 北辰律师事务所　　专业 · 诚信 · 高效
!m 首页 > 以案说法 > 人身损害
!t 【以案说法】游客乘坐雪橇犬车受伤，谁来担责？_北辰律师事务所
!m 发布时间：2025-01-16　　作者：刘启航 律师　　阅读：722
{BODY}
!d 以上案例已作匿名化处理，仅供参考。
!l 上一篇：滑雪场“免责声明”一定有效吗？
!l 下一篇：冬季屋檐落冰砸车，物业要赔吗？
!m 地址：桦峪区松江路201号　　律所电话：0451-57200516
""",
        body="""
【案情】游客王某在某雪橇犬俱乐部体验雪橇犬车，行至弯道时雪橇侧翻，王某手腕骨折。俱乐部认为王某已签署“风险告知书”，拒绝赔偿。
【分析】经营者对游客负有安全保障义务。本案中，俱乐部未在弯道设置防护设施，驭手也未提醒游客握紧扶手，未尽到合理限度内的安全保障义务。“风险告知书”中免除经营者人身损害责任的条款，依法无效。同时，王某在行进中擅自站立拍照，自身也有一定过错。
【结果】法院判决俱乐部承担70%的赔偿责任，王某自担30%。
【提示】经营者应完善场地防护和安全讲解，游客体验时也要听从指挥、注意自身安全。⟦w 如遇类似纠纷，可致电本所预约律师面谈。⟧
""",
    ),
    dict(
        slug="community-petanque-court-notice-html",
        site="橿湾街道滨江社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.binjiangsq.cn/gg/2024-06-11.html",
        title="关于滨江公园法式滚球场地预约使用的通知",
        record_title="关于滨江公园法式滚球场地预约使用的通知",
        date="2024-06-11",
        notes="residents' site with weather widget; booking table kept; 扫码预约 in the body; community duty phone next to the property hotline",
        page="""
<html><head><meta charset="utf-8"><title>关于滨江公园法式滚球场地预约使用的通知 - 滨江社区</title></head>
<body>
<div class="top">⟦m 橿湾街道滨江社区居民委员会⟧ <span>⟦m 今日 多云 24~31℃⟧</span></div>
<div class="menu">⟦m 社区首页 · 社区公告 · 办事指南 · 邻里圈 · 志愿服务⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 社区居委会　2024-06-11　阅读 387⟧</p>
<div class="txt">
{BODY}
</div>
<div class="like">⟦l 👍 赞(21)　💬 留言(4)⟧</div>
<div class="foot">⟦w 物业24小时服务热线：0756-3388660⟧ ⟦m 橿湾街道办事处指导⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
滨江公园法式滚球场地自5月改造完成以来，使用人数明显增加，早晚时段经常出现“抢场地”的情况。经与球友代表协商，自6月15日起场地实行预约使用。
一、开放时段
时段　开放时间　每场时长
早场　6:00—9:00　1小时
晚场　18:00—21:00　1小时
二、预约方式
居民可扫描场地入口公示牌上的二维码预约，每人每天限约一场；老年人不会使用手机的，可到社区服务站代为预约。
三、注意事项
预约后不能到场的请提前取消；连续三次预约未到的，暂停预约资格一个月。
社区值班电话：0756-3315207
滨江社区居民委员会
2024年6月11日
""",
    ),
    dict(
        slug="community-korfball-family-day-text",
        site="桤川梧桐里社区网 (invented)",
        style="社区网站",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://wutongli.qcsq.org.cn/huodong/323.html",
        title="梧桐里社区“亲子合球日”活动方案",
        record_title="梧桐里社区“亲子合球日”活动方案",
        date="2024-10-08",
        notes="residents' site; template placeholder in the sign-up form kept; 报名 contacts kept",
        page="""
!m 梧桐里社区网 · 有事找社区
!m 首页 / 活动预告
{T}
!m 2024-10-08　社区居委会　已有 142 人浏览
{BODY}
!l 热门活动：重阳节敬老宴｜垃圾分类积分兑换｜周末电影放映
!a 分享给邻居　|　收藏活动
!m 社区地址：桤川市梧桐里12号楼底商　工作时间：周一至周六 8:30—17:30
""",
        body="""
一、活动目的
通过合球这项男女同场、强调配合的运动，增进亲子感情和邻里交流。
二、活动时间地点
2024年10月19日（周六）上午9:00，梧桐里小学操场。
三、参加对象
社区内6至12岁儿童及其家长，每组家庭2至3人，限20组。
四、活动安排
1.合球规则讲解和示范，由桤川三中合球队队员担任指导；
2.亲子投篮比赛；
3.家庭混合分组友谊赛。
五、报名方式
请填写报名表后交社区服务站，报名表格式：家庭姓名______ 孩子年龄______ 联系电话______。
联系人：社区居委会 于蓉　电话：0573-82660138
""",
    ),
    dict(
        slug="association-sport-dance-pledge-text",
        site="蕨岭市体育舞蹈协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.jlsdance.org.cn/xhdt/150.html",
        title="关于规范体育舞蹈培训收费的倡议书",
        record_title="【协会倡议】关于规范体育舞蹈培训收费的倡议书",
        date="2024-09-03",
        notes="association site; member list sidebar chrome; 下载 sentence of the document kept",
        page="""
!m 蕨岭市体育舞蹈协会
!m 协会首页 ＞ 协会动态 ＞ 倡议书
!t 【协会倡议】关于规范体育舞蹈培训收费的倡议书
!m 发布：秘书处　2024-09-03　阅读次数 513
{BODY}
!l 会员单位：舞悦体育舞蹈中心　星光舞蹈学校　蕨岭师范学院体育学院 ……更多
!a 【打印本页】　【返回】
!m 协会地址：蕨岭市体育中心北区2楼　电话：0737-4216080
""",
        body="""
各会员单位：
近期，协会陆续接到家长反映，个别培训机构存在一次性收取两年以上学费、考级收费不透明等问题。为维护学员合法权益和行业声誉，协会向全体会员单位倡议：
一、一次性预收费用不超过3个月或60课时，收费前与家长签订培训合同。
二、考级、比赛报名费用单独列示，不捆绑收费，不强制学员参加考级。
三、在显著位置公示收费标准、退费办法和教练员资质。
四、学员中途退课的，按剩余课时及时退费。
协会已制定《体育舞蹈培训服务合同（示范文本）》，各会员单位可在协会网站下载使用。
蕨岭市体育舞蹈协会
2024年9月3日
""",
    ),
    dict(
        slug="association-stone-carving-minutes-html",
        site="槠溪石雕行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.zxsdxh.org/news/detail/2024-1203.html",
        title="槠溪石雕行业协会第二届理事会第四次会议纪要",
        record_title="槠溪石雕行业协会第二届理事会第四次会议纪要",
        date="2024-12-03",
        notes="association HTML; minutes lines (时间/地点/主持/出席/列席/记录) and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>槠溪石雕行业协会第二届理事会第四次会议纪要</title></head>
<body>
<div class="logo">⟦m 槠溪石雕行业协会⟧ <small>⟦m 匠心传承 · 石上生花⟧</small></div>
<div class="nav">⟦m 协会概况 | 协会动态 | 会员风采 | 行业标准 | 入会指南⟧</div>
<h1>{T}</h1>
<div class="tm">⟦m 发布日期：2024年12月05日　浏览：64⟧</div>
{BODY}
<div class="side"><h4>⟦l 会员风采⟧</h4><p>⟦l 老匠人石雕工艺厂⟧</p><p>⟦l 青山石刻工作室⟧</p></div>
<div class="ft">⟦m 协会秘书处电话：0595-87612200⟧ ⟦m 闽ICP备19011825号⟧</div>
</body></html>
""",
        date_also=["2024-12-05"],
        body="""
时间：2024年12月3日上午9:00
地点：槠溪镇石雕文化馆会议室
主持：会长 郭石川
出席：理事15人（应到17人）
列席：监事长 温雅、镇文化站站长 詹立
记录：秘书处 苏芮
会议审议并表决通过以下事项：
一、通过《槠溪石狮雕刻团体标准（试行）》，自2025年1月1日起施行。表决结果：同意15票，反对0票，弃权0票。
二、同意吸收青山石刻工作室等6家单位为协会会员。
三、决定2025年春季举办第三届石狮雕刻技艺大赛，由秘书处拟订方案报下次理事会审议。
""",
    ),
    dict(
        slug="company-font-foundry-notice-html",
        site="檀口字库有限公司官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tankoufont.com/news/notice/2024-0925.html",
        title="关于仿冒我司字体授权网站的严正声明",
        record_title="关于仿冒我司字体授权网站的严正声明 - 檀口字库",
        date="2024-09-25",
        notes="company site; the company's own 授权查询 phone and URL kept; site footer phone and cookie banner chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于仿冒我司字体授权网站的严正声明 - 檀口字库</title></head>
<body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 檀口字库 TANKOU TYPE⟧ <nav>⟦m 字体产品 | 商业授权 | 定制服务 | 新闻公告 | 关于我们⟧</nav> <a>⟦a 购买授权⟧</a></header>
<h1>{T}</h1>
<p class="date">⟦m 2024.09.25　新闻公告⟧</p>
{BODY}
<div class="share">⟦l 分享：微信　微博　领英⟧</div>
<footer>⟦m 销售热线：400-690-1188⟧ ⟦m © 2024 檀口字库有限公司 版权所有 闽ICP备14010663号-1⟧</footer>
</body></html>
""",
        body="""
近期，我司发现有不法分子仿冒我司名义建立“檀口字体授权中心”等网站，以低价出售我司字体授权，并向用户发送伪造的授权证书。对此，我司郑重声明如下：
一、我司字体商业授权仅通过我司官方网站及授权书面合同办理，未委托任何第三方网站代理销售。
二、通过仿冒网站取得的所谓授权均属无效，用户使用相关字体仍存在侵权风险。
三、我司已就上述行为向公安机关报案，并将依法追究相关人员的法律责任。
如需核实授权真伪，请拨打授权查询电话0595-22880366，或登录www.tankoufont.com输入证书编号查询。
特此声明。
檀口字库有限公司
2024年9月25日
""",
    ),
    dict(
        slug="company-floorball-club-text-news",
        site="枳城冰鹰体育公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.bingyingsport.com/news/1204.html",
        title="冰鹰体育承办的旱地冰球联赛收官",
        record_title="冰鹰体育承办的旱地冰球联赛收官-企业新闻-枳城冰鹰体育",
        date="2024-12-02",
        notes="company news; time line; repeated title glued to the first sentence",
        page="""
!m 枳城冰鹰体育发展有限公司
!m 首页 > 新闻中心 > 企业新闻
{T}
!m 更新时间：2024-12-02　编辑：市场部
⟦t 冰鹰体育承办的旱地冰球联赛收官⟧{BODY}
!l 推荐产品：旱地冰球球杆 ｜ 护目镜 ｜ 球门套装
!w 团体订购请联系：13907230068（微信同号）
!m Copyright 2024 冰鹰体育 All Rights Reserved
""",
        body="""
11月30日，由我公司承办的2024年枳城区旱地冰球联赛在区全民健身中心落下帷幕。
本届联赛历时两个月，共有14支队伍、210名运动员参赛，完成比赛56场。枳城实验中学队获得冠军，区消防救援大队队获得亚军。
作为承办单位，我公司为联赛提供了场地围挡、计时记分系统和全部比赛用球，并组织12名持证裁判执裁。赛后，公司向5所参赛学校各捐赠了一套训练器材。
""",
    ),
    dict(
        slug="training-ballroom-school-brochure-html",
        site="舞悦体育舞蹈培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.wuyuedance.com/zhaosheng/2025-spring.html",
        title="舞悦体育舞蹈培训中心2025年春季招生简章",
        record_title="【春季班火热报名中】舞悦体育舞蹈培训中心2025年春季招生简章",
        date=None,
        notes="training school; course table kept; no date (a year in the title only); 报名电话 of the document kept beside a 400 line",
        page="""
<html><head><meta charset="utf-8"><title>舞悦体育舞蹈培训中心2025年春季招生简章</title></head>
<body>
<div class="top">⟦m 舞悦体育舞蹈⟧ ⟦m 让每个孩子都爱上舞蹈⟧ <a>⟦a 免费试听⟧</a></div>
<div class="nav">⟦m 首页 课程体系 师资团队 赛事荣誉 招生信息⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 全国招生咨询 400-821-0517⟧ <a>⟦a 在线报名⟧</a></div>
<div class="ft">⟦m 舞悦教育 版权所有⟧ ⟦d 最终解释权归本中心所有⟧</div>
</body></html>
""",
        body="""
一、招生对象
4至16岁少年儿童，零基础均可报名。
二、开设课程
班级　适合年龄　课时
拉丁舞启蒙班　4—6岁　每周2次
拉丁舞提高班　7—12岁　每周2次
标准舞少年班　10—16岁　每周2次
三、师资
中心现有教练员9名，均持有中国体育舞蹈联合会教练员资格证书，其中国家一级教练员2名。
四、报名须知
报名时请携带孩子近期一寸照片两张，首次报名赠送练功服一套。试听课每人限一次。
报名电话：0737-4220615（中心前台）
""",
    ),
]
