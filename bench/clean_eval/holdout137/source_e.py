"""holdout137, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="hospital-pifu-bamboo-mat-mite-text",
        site="苋湾县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xwxrmyy.com/jkkp/2024/0702/1290.html",
        title="夏季使用竹凉席谨防螨虫皮炎",
        record_title="夏季使用竹凉席谨防螨虫皮炎-苋湾县人民医院",
        date="2024-07-02",
        notes="hospital text page; department's consultation phone beside the hospital's 24-hour line; author line with date",
        page="""
!m 苋湾县人民医院　XIANWAN COUNTY PEOPLE'S HOSPITAL
!m 24小时急救电话：0771-120 / 0771-6231120
!m 首页 » 健康科普 » 皮肤科
{T}
!m 作者：皮肤科 邓慧敏　　发布日期：2024-07-02　　浏览：415
{BODY}
!w 手机挂号：关注医院服务号，点击“预约挂号”即可
!l 上一篇：高温天气如何预防中暑　下一篇：儿童腹泻的家庭护理
!d 健康科普内容仅供参考，具体诊疗请遵医嘱。
""",
        body="""
入夏以来，我院皮肤科门诊接诊的丘疹性荨麻疹、螨虫皮炎患者明显增多，其中不少与使用未清洁的竹凉席有关。
竹凉席缝隙多，存放一冬后容易滋生螨虫。使用前应用热水反复擦洗，并在通风处晾干；使用期间每周擦洗一次。
如果皮肤出现成片红色丘疹、剧烈瘙痒，不要抓挠，可冷敷止痒；症状较重或出现破溃感染的，请及时到医院就诊。
婴幼儿、过敏体质者尽量不要直接睡在凉席上，可加铺纯棉床单。
皮肤科咨询电话：0771-6232318（工作日8:00至17:30）。
""",
    ),
    dict(
        slug="university-coix-lab-seminar-text",
        site="茺原农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.cyny.edu.cn/info/1032/6617.htm",
        title="学院薏苡种质资源研究团队举办新品种田间观摩会",
        record_title="学院薏苡种质资源研究团队举办新品种田间观摩会-茺原农业职业学院",
        date="2024-09-20",
        notes="college news text; photo and review lines; the news mentions 扫码 as content",
        page="""
!m 茺原农业职业学院 | 新闻网
!m 首页　学院新闻　系部动态　媒体报道　校园人物
{T}
!m 发布者：科研处　发布时间：2024-09-20　浏览：367
{BODY}
!m 文：覃一帆　图：韦涛　审核：李振华
!a 【打印本页】　【关闭窗口】
!m Copyright © 茺原农业职业学院　地址：茺原县学府路18号
""",
        body="""
9月18日，学院薏苡种质资源研究团队在校内实训基地举办新品种田间观摩会，来自全县12个乡镇的农技人员和种植大户80余人参加。
研究团队负责人黄海燕副教授介绍，团队近五年收集保存薏苡种质资源146份，选育出矮秆、抗倒伏的新品系3个，在试验田中亩产较当地主栽品种提高12%以上。
观摩会上，与会人员实地查看了新品系的长势，并就播种密度、施肥管理等问题与团队成员深入交流。
现场还发放了新品系栽培技术明白纸，种植户扫描纸上的二维码即可观看栽培技术视频。
""",
    ),
    dict(
        slug="localforum-huapao-county-forum-html",
        site="苋湾论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.xianwan.net/thread-228871-1-1.html",
        title="关于花炮节期间县城部分路段实行交通管制的通告",
        record_title="关于花炮节期间县城部分路段实行交通管制的通告【出行必看】",
        date="2024-10-20",
        date_also=["2024-10-21"],
        notes="county forum with jammer fonts; repost with poster's aside; notice date differs from post time",
        page="""
<html><head><meta charset="utf-8"><title>关于花炮节期间县城部分路段实行交通管制的通告【出行必看】 - 苋湾论坛</title></head>
<body>
<div class="hd">⟦m 苋湾论坛 — 苋湾人自己的网上家园⟧</div>
<div class="pt">⟦m 苋湾论坛 › 苋湾资讯 › 便民信息⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 楼主：路路通　发表于 2024-10-21 08:02⟧</div>
<p>转自县交警大队，大家出门注意绕行。</p>
{BODY}
<div class="rp">⟦l 2楼 小苋：收到，感谢楼主⟧</div>
<div class="rp">⟦l 3楼 阿福：民族大道也封吗？⟧</div>
<div class="ft">⟦a 登录后才能回复⟧ ⟦m 苋湾论坛 桂ICP备11022819号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
为保障第十六届花炮节活动顺利进行，根据《中华人民共和国道路交通安全法》有关规定，决定对县城部分路段实行临时交通管制。现通告如下：
一、管制时间：2024年10月26日7:00至10月28日20:00。
二、管制路段：民族体育场周边的花炮路、东环路（人民路口至滨江路口）。管制期间禁止机动车通行，行人凭证件进入。
三、绕行建议：过境车辆请经城南大道、滨江路绕行。
四、活动期间在县第一中学、县文化广场设置临时停车场，免费停放。
苋湾县公安局交通管理大队
2024年10月20日
""",
    ),
    dict(
        slug="download-hunli-host-script-text",
        site="主持词下载网 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.zcc-down.com/hunli/2024/3712.html",
        title="中式婚礼主持词",
        record_title="中式婚礼主持词（完整版）免费下载",
        date=None,
        notes="download station text page with file info and mirror links; template placeholders kept; no date",
        page="""
!m 主持词下载网
!m 首页 > 婚礼主持词 > 中式婚礼
!m 文件大小：32KB　文件格式：DOC　下载次数：4821　更新：2024-5-6
!a 立即下载　　备用下载　　网盘下载
!t 中式婚礼主持词（完整版）免费下载
{BODY}
!a 下载地址失效？点此反馈
!d 本站资料来自网友上传，仅供个人参考使用。
!m www.zcc-down.com 冀ICP备13000582号
""",
        body="""
各位来宾、各位亲朋好友：
大家好！今天是××××年×月×日，良辰吉日，我们在这里隆重举行××先生与××女士的中式婚礼。
一拜天地，感谢天地日月，赐予这段美好姻缘。
二拜高堂，感谢父母养育之恩，从此二人同心，孝敬双亲。
夫妻对拜，从此相敬如宾，白头偕老。
下面请新人共饮合卺酒，愿二位同甘共苦、永结同心。
礼成！请各位亲朋好友举杯，共同祝福这对新人！
""",
    ),
    dict(
        slug="exam-qianling-heritage-center-recruit-text",
        site="黔岭市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qlrsks.cn/sydw/2024/0612/884.html",
        title="黔岭市非遗保护中心2024年公开招聘侗族大歌传承岗位工作人员资格复审公告",
        record_title="黔岭市非遗保护中心2024年公开招聘侗族大歌传承岗位工作人员资格复审公告",
        date="2024-06-12",
        notes="exam site text; candidate table; 咨询电话 of the centre beside the site's technical support line",
        page="""
!m 黔岭市人事考试信息网
!m 首页 | 公务员考试 | 事业单位 | 专业技术 | 成绩查询
!m 发布时间：2024-06-12　来源：市人社局
{T}
{BODY}
!w 网上报名技术咨询：0855-8226600（工作日）
!a 【打印】【关闭】
""",
        record_date="2024-06-12",
        body="""
根据招聘公告，现将进入资格复审人员名单及有关事项公告如下：
准考证号　姓名　岗位代码
2406010113　吴秀兰　01
2406010127　杨光明　01
2406010208　石雨婷　02
一、复审时间：2024年6月17日上午9:00至12:00。
二、复审地点：黔岭市非遗保护中心三楼会议室。
三、所需材料：身份证、毕业证、报名表及相关证明材料原件和复印件。
咨询电话：0855-8231047。
""",
    ),
    dict(
        slug="tender-canteen-steamer-bid-result-text",
        site="蒸城县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhengcheng.gov.cn/cjgg/2024/0903/771.html",
        title="蒸城县机关食堂厨具更新采购项目成交结果公告",
        record_title="蒸城县机关食堂厨具更新采购项目成交结果公告",
        date="2024-09-03",
        notes="procurement site text; result table; agency contact kept",
        page="""
!m 蒸城县政府采购网
!m 首页 > 采购公告 > 成交结果
!m 发布日期：2024-09-03　　浏览次数：88
{T}
{BODY}
!a 【打印】　【关闭】
!m 蒸城县财政局主办
""",
        body="""
一、项目编号：ZC2024-H-0517
二、项目名称：蒸城县机关食堂厨具更新采购项目
三、成交信息
供应商名称　成交金额　主要标的
蒸城县竹韵蒸笼厂　3.26万元　竹蒸笼（直径40厘米，五层）120套
蒸城县鼎厨设备有限公司　11.8万元　燃气蒸柜4台、不锈钢操作台10张
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购代理机构蒸城县诚信招标服务有限公司，联系人：郑工，电话：0599-8150327。
""",
    ),
    dict(
        slug="law-sanzi-trademark-dispute-html",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.mingheng-law.com/case/2024/1107.html",
        title="“馓子”能否注册为商标？——一起商标无效宣告案评析",
        record_title="案例评析｜“馓子”能否注册为商标？——一起商标无效宣告案评析",
        date="2024-11-07",
        notes="law firm case note; firm's consultation box; a lawyer signature and date",
        page="""
<html><head><meta charset="utf-8"><title>案例评析｜“馓子”能否注册为商标？——一起商标无效宣告案评析</title></head>
<body>
<div class="top">⟦m 明衡律师事务所　专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 案例评析 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 明衡知识产权团队　｜　阅读 309⟧</div>
{BODY}
<div class="consult">⟦w 商标、专利、著作权问题，欢迎预约律师面谈：0371-6588 2100⟧</div>
<div class="foot">⟦d 本文版权归明衡律师事务所所有，转载须注明出处。⟧ ⟦m 豫ICP备18025530号⟧</div>
</body></html>
""",
        body="""
基本案情：某食品公司在“油炸面食”类别上注册了“馓子王”商标，随后向多家同行发出侵权警告函。当地馓子行业协会以该商标缺乏显著性为由，向商标局申请宣告无效。
争议焦点：“馓子”作为通用名称，与“王”字组合后是否具有显著性。
处理结果：商标局认为，“馓子”为该类商品的通用名称，“王”字属于常见的夸耀性词汇，二者组合后仍难以起到区分商品来源的作用，裁定宣告该商标无效。
律师评析：通用名称属于公共资源，任何经营者不得独占。企业在申请商标时，应避免直接使用商品通用名称，可以结合地名、字号或独创图形，增强显著性。
明衡律师事务所　高婧律师
2024年11月7日
""",
    ),
    dict(
        slug="community-bamboo-pole-dance-team-oneline",
        site="那洪社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nahong-sq.cn/tz/2024/19.html",
        title="社区竹竿舞队招募队员啦",
        record_title="社区竹竿舞队招募队员啦",
        date="2024-08-16",
        notes="residents' site text with the whole body on one line; grid phone kept; hotline chrome",
        page="""
!m 那洪社区服务网
!m 首页 > 社区活动
{T}
!m 发布：社区文体委员　2024-08-16
{BODY}
!l 点赞 18　｜　转发
!m 社区服务站电话：0898-2872110
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为丰富居民业余生活，社区准备组建一支竹竿舞队，现面向全体居民招募队员。
年满12周岁、身体健康、喜欢跳舞的居民都可以报名，不会跳也没关系，社区请了文化馆老师每周六晚上在社区广场免费教学。
报名请到社区服务站一楼登记，或联系文体委员王丽芳，电话：13976021548。
""",
    ),
    dict(
        slug="assoc-tremella-growers-minutes-html",
        site="莪川县食用菌协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.ecsyjxh.org/xhdt/2024/0115/55.html",
        title="莪川县食用菌协会银耳分会2024年第一次理事会会议纪要",
        record_title="莪川县食用菌协会银耳分会2024年第一次理事会会议纪要",
        date="2024-01-12",
        notes="association site with member login; minutes' 时间/地点/主持 lines; vote count",
        page="""
<html><head><meta charset="utf-8"><title>莪川县食用菌协会银耳分会2024年第一次理事会会议纪要</title></head>
<body>
<div class="hd">⟦m 莪川县食用菌协会⟧ ⟦a 会员登录⟧ ⟦a 入会指南⟧</div>
<div class="nav">⟦m 首页 协会动态 政策法规 技术服务 市场行情⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-01-15　浏览：96⟧</div>
{BODY}
<div class="ft">⟦m 协会秘书处　电话：0599-6622017⟧</div>
</body></html>
""",
        date_also=["2024-01-15"],
        body="""
时间：2024年1月12日上午9:00
地点：协会二楼会议室
主持：分会会长 陈国荣
出席：理事11人（应到13人）
记录：林小燕
会议审议并通过了以下事项：
一、通过《银耳分会2024年工作计划》，表决结果：同意11票，反对0票，弃权0票。
二、同意吸收莪川县雪茸食品有限公司等4家单位为新会员。
三、决定于3月中旬举办银耳标准化栽培技术培训班，培训经费由分会会费列支。
""",
    ),
]
