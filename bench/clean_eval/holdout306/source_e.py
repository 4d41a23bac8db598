"""holdout306, part E: residents' sites, associations, companies, training schools, writing apps and exam forums.

Invented text throughout (sites, places, people, phones, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-changyuan-notice-elder-canteen-ladle-racks",
        site="畼园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.changyuan-sq.example.cn/gonggao/2025/0710/87.html",
        title="关于长者食堂更换汤勺架和餐具消毒柜的通知",
        record_title="【助老食堂】关于长者食堂更换汤勺架和餐具消毒柜的通知 - 畼园社区网",
        date="2025-07-10",
        notes="a residents' site with a weather line, a grid member's box and property repair/night lines; the "
        "community's own 咨询电话 in the body; '扫码预约' as content; a sign-up button glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【助老食堂】关于长者食堂更换汤勺架和餐具消毒柜的通知 - 畼园社区网</title><script src="/js/weather.js"></script></head><body>
<div class="top">⟦m 畼园社区网⟧ ⟦m 邻里一家亲⟧ <span>⟦m 坵原 晴 24～33℃⟧</span></div>
<div class="nav"><a>⟦m 社区首页⟧</a> <a>⟦m 社区公告⟧</a> <a>⟦m 便民服务⟧</a> <a>⟦m 邻里活动⟧</a> <a>⟦m 党群服务⟧</a></div>
<div class="loc">⟦m 社区首页 / 社区公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布：畼园社区居委会　2025-07-10　阅读 389⟧</div>
<div class="text">
{BODY}
</div>
<div class="side"><h4>⟦l 邻里活动预告⟧</h4><p>⟦l 7月12日 广场舞消夏晚会⟧</p><p>⟦l 7月19日 义诊量血压⟧</p></div>
<div class="grid-box">⟦m 本楼栋网格员：于晓芬　手机 13907345216⟧</div>
<div class="wuye">⟦m 物业报修：0734-5139988　夜间值班：13807345077⟧</div>
<div class="foot">⟦d 畼园社区网由社区居委会主办，居民投稿请发 cyyq_sq@example.cn⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
畼园社区长者食堂开办两年来，后厨的汤勺架和消毒柜使用频繁，部分挂钩松动、消毒柜门封老化。为保障老年朋友用餐卫生，社区决定于7月14日至7月16日对后厨设备进行更换，现将有关事项通知如下：
一、更换期间长者食堂暂停堂食，改为盒饭配送，请需要配送的老人提前一天拨打社区电话或扫码预约。⟦a 〔马上预约配送〕⟧
二、新汤勺架为带接水盘的不锈钢款，汤勺、漏勺分开悬挂；新消毒柜为二星级高温消毒柜。
三、7月17日起恢复正常就餐，欢迎居民代表到后厨参观监督。
咨询电话：畼园社区居委会 0734-5139062（工作日8:30—17:30）
畼园社区居民委员会
2025年7月10日
""",
    ),
    dict(
        slug="community-dangqian-pledge-old-porcelain-spoons",
        site="壋前社区 · 居民之家 (invented residents' site, text page)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://www.dangqian-sq.example.cn/tzgg/changyi/2025-09-03.html",
        title="“旧瓷勺换新绿”闲置餐具回收倡议书",
        record_title="【绿色生活】“旧瓷勺换新绿”闲置餐具回收倡议书_壋前社区",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="a residents' pledge: '关注…公众号' as content; a like button, prev/next items and the service station's "
        "duty phone under it; the committee's date expected, the page's date line also accepted",
        page="""
!m 壋前社区 · 居民之家
!m 坵原县城关街道壋前社区
!m 首页 › 通知公告 › 倡议
!t 【绿色生活】“旧瓷勺换新绿”闲置餐具回收倡议书
!m 2025-09-03　　社区办公室　　已读 276
{BODY}
!a 👍 点个赞，支持一下（58）
!l 上一则：关于楼道杂物清理的温馨提示
!l 下一则：社区老年大学秋季班报名啦
!m 社区服务站值班电话：0734-5136110
""",
        body="""
亲爱的居民朋友们：
家里是不是总有几把缺了口的瓷勺、不成套的碗碟，用着不放心，扔了又可惜？为减少生活垃圾，倡导绿色生活，壋前社区联合垕州瓷安日用瓷有限公司开展“旧瓷勺换新绿”活动，特向全体居民发出倡议：
一、请把家中破损、闲置的瓷勺、瓷碗、瓷碟清洗干净，于每周六上午送到社区服务站回收点。回收点开放时间如有调整，请关注“壋前社区”公众号通知。
二、每交回五件旧瓷器，可兑换一盆绿萝或一把新的白瓷勺，回收的旧瓷器由企业统一破碎再利用。
三、请不要把碎瓷片直接扔进垃圾桶，用旧报纸包好、写上“碎瓷”二字，避免划伤保洁人员。
让我们从一把瓷勺做起，共建干净美丽的家园！
壋前社区居民委员会
2025年9月2日
""",
    ),
    dict(
        slug="association-houzhou-ceramics-pledge-lead-cadmium",
        site="垕州市陶瓷行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="html",
        source="http://www.hzceramics-assn.example.org.cn/hyzl/2025/0427/301.html",
        title="关于瓷勺等日用陶瓷产品铅镉溶出自律的倡议书",
        record_title="关于瓷勺等日用陶瓷产品铅镉溶出自律的倡议书 - 行业自律 - 垕州市陶瓷行业协会",
        date="2025-04-25",
        date_also=["2025-04-27"],
        notes="an association site with a member-login row and a member hotline; the association's name in the logo is "
        "also the signature (matched as head); the secretariat's own phone and mailbox in the body; the signature date "
        "expected, the 发布日期 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于瓷勺等日用陶瓷产品铅镉溶出自律的倡议书 - 行业自律 - 垕州市陶瓷行业协会</title><script src="/templets/js/assn.js"></script></head><body>
<div class="top-login"><a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a> <span>⟦m 会员服务专线：0739-2235100⟧</span></div>
<div class="logo">⟦m 垕州市陶瓷行业协会⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 协会概况⟧</a> <a>⟦m 行业资讯⟧</a> <a>⟦m 行业自律⟧</a> <a>⟦m 会员风采⟧</a> <a>⟦m 政策法规⟧</a></div>
<div class="crumb">⟦m 首页 » 行业自律⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-04-27　发布者：协会秘书处　浏览：466⟧</div>
<div class="con">
{BODY}
</div>
<div class="tools"><a>⟦a 打印本文⟧</a> <a>⟦a 返回列表⟧</a></div>
<div class="side"><h4>⟦l 协会通知栏⟧</h4><ul><li>⟦l 关于召开2025年会员大会的预通知⟧</li><li>⟦l 日用瓷釉料检测公益服务开始预约⟧</li></ul></div>
<div class="foot">⟦m 垕州市陶瓷行业协会 版权所有　地址：垕州市塥口区陶都大道9号⟧ ⟦m 湘ICP备12007716号⟧</div>
</body></html>
""",
        body="""
全市陶瓷生产企业：
瓷勺、瓷碗等日用陶瓷直接接触食品，铅镉溶出量是否达标，关系到千家万户的饮食安全。近期，省市场监管部门抽检发现个别企业的彩绘瓷勺铅溶出量超标，给全行业敲响了警钟。为此，协会向全市会员企业倡议：
一、严守标准底线。严格执行食品接触用陶瓷制品国家标准，彩绘瓷勺优先采用釉下彩和高温颜料，不使用来源不明的色料。
二、落实出厂检验。每批产品出厂前自检或委托检验铅、镉溶出量，检验记录保存两年以上。
三、主动公开信息。在产品包装上标明执行标准、生产批号，鼓励企业在官网公开检测报告。
协会秘书处联系电话：0739-2235168，邮箱：hzcx_xh@example.cn。
垕州市陶瓷行业协会
2025年4月25日
""",
    ),
    dict(
        slug="association-jishui-minutes-yangma-collectors-record",
        site="耤水县农具收藏研究会 (invented association site, text page)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.jsnjsc.example.net/hwdt/jiyao/2025-03.html",
        title="耤水县农具收藏研究会第二届理事会第三次会议纪要",
        date="2025-03-22",
        notes="record title as is; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line's date is the "
        "document's date; a member-login row and member hotline at the top",
        page="""
!m 耤水县农具收藏研究会
!a 会员登录 | 入会须知
!m 会员服务专线：0735-6629008
!m 首页 > 会务动态 > 会议纪要
{T}
!m 发布人：秘书处　　浏览次数：87
{BODY}
!l 往期纪要：第二届理事会第二次会议纪要
!a 打印　｜　返回
!m 研究会地址：耤水县农耕文化博物馆内　邮箱：jsnjsc@example.net
""",
        body="""
时间：2025年3月22日上午9时
地点：耤水县农耕文化博物馆会议室
主持：会长 谭允丰
出席：理事会成员15人（应到17人，2人请假）
记录：秘书长 欧阳琳
会议听取了秘书处关于2024年度工作的报告。一年来，研究会会员共征集各类老农具312件，其中秧马41件、禾桶9只，完成登记建档的有268件。
会议讨论通过了《2025年老农具征集与修复计划》，决定今年重点开展秧马形制调查，组织会员走访全县12个乡镇，拍照测绘，编印《耤水秧马图录》。
会议表决吸收萧德润等6人为新会员，表决结果：同意15票，反对0票，弃权0票。
会议要求各理事在4月底前报送所联系乡镇的征集线索。
""",
    ),
    dict(
        slug="company-hengzeng-recall-ladle-racks-batches",
        site="恒锃厨具 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.hengzeng-kitchen.example.com/news/notice/2025-05-20-recall.html",
        title="关于召回部分批次壁挂式汤勺架的公告",
        record_title="公司公告 | 关于召回部分批次壁挂式汤勺架的公告 - 恒锃厨具",
        date="2025-05-20",
        notes="a company site with a cookie notice and a service float; a recall with its batch table; the recall line "
        "in the body beside the site's 400 order line; '扫描…二维码查询' as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>公司公告 | 关于召回部分批次壁挂式汤勺架的公告 - 恒锃厨具</title><script src="/js/main.js"></script></head><body>
<div class="header"><span class="logo">⟦m 恒锃厨具 HENGZENG⟧</span> <nav><a>⟦m 首页⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 新闻资讯⟧</a> <a>⟦m 服务支持⟧</a> <a>⟦m 关于我们⟧</a></nav></div>
<div class="crumb">⟦m 首页 / 新闻资讯 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-05-20　　来源：恒锃厨具⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="prev-next">⟦l 上一篇：恒锃厨具亮相厨卫用品博览会⟧ ⟦l 下一篇：不锈钢厨具日常保养小贴士⟧</div>
<div class="float-svc"><a>⟦w 在线客服⟧</a> <span>⟦m 订购热线 400-876-2210⟧</span></div>
<div class="cookie">⟦d 本站使用 Cookie 改善浏览体验，继续访问即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="footer">⟦m © 2025 垕州恒锃厨具有限公司　湘ICP备21008834号-1⟧</div>
</body></html>
""",
        body="""
近日，我公司在质量回访中发现，部分批次的壁挂式汤勺架（型号HZ-GJ12）因膨胀螺栓强度不足，满载悬挂时存在脱落风险。为保障消费者安全，我公司决定主动召回以下批次产品：
生产批号　生产日期　数量（件）
HZ250311　2025年3月11日　2400
HZ250318　2025年3月18日　2150
HZ250402　2025年4月2日　1980
消费者可查看产品包装盒侧面的批号，或扫描汤勺架背面的二维码查询是否在召回范围内。属于召回范围的，请停止使用，联系我公司免费更换加强型螺栓并上门安装。
召回服务电话：0739-2518806（每天8:00—20:00）
垕州恒锃厨具有限公司
2025年5月20日
""",
    ),
    dict(
        slug="company-shetian-news-light-bamboo-rake-record",
        site="畬田竹木制品厂 (invented company site, text page)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.shetian-zhumu.example.cn/news/2025-08-15.html",
        title="畬田竹木制品厂推出轻量化竹谷耙",
        record_date="2025-08-15",
        date="2025-08-15",
        notes="record title and date as is; the title repeated and glued to the first words of the news lead; a sales "
        "line and address under the text",
        page="""
!m 畬田竹木制品厂
!m 竹子做的好农具
!m 首页 ┃ 产品展示 ┃ 厂务动态 ┃ 联系我们
{T}
!m 发布：销售部　　2025-08-15　　阅读 64
{T}{BODY}
!m 销售部电话：0738-8356127　　地址：畇阳县畬田镇竹园路3号
!l 其他动态：我厂竹晒垫通过县级农机具推广目录评审
!m 畬田竹木制品厂 版权所有 © 2025
""",
        body="""
8月中旬，畇阳县畬田竹木制品厂新设计的轻量化竹谷耙正式投产，首批2000把已发往周边乡镇的供销社和农资店。
传统竹谷耙用整根毛竹做柄，一把重一斤多，晒谷时一拖就是一上午，不少老人反映手腕酸痛。新款谷耙改用三年生楠竹劈片胶合做柄，耙头齿距由4厘米加宽到5厘米，整把重量减轻了三分之一，耙齿端部打磨成圆头，不易划破晒垫。
厂长邬春林介绍，今年厂里还为镇农机合作社定制了一百把带编号的谷耙，方便晒场统一借用管理。
新款竹谷耙出厂价每把18元，需要批量订购的单位可与厂销售部联系。
""",
    ),
    dict(
        slug="training-daohuaxiang-brochure-little-transplanters",
        site="稻花香研学 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.daohuaxiang-yanxue.example.com/course/summer-2025-chayang.html",
        title="“小小插秧手”暑期农耕研学营招生简章",
        record_title="【暑期研学】“小小插秧手”暑期农耕研学营招生简章（每期40个名额）- 稻花香研学",
        date=None,
        notes="a training school with a promo banner, a consult float and a 400 franchise line; the camp's own 报名电话 "
        "in the body; a photo caption between paragraphs; a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【暑期研学】“小小插秧手”暑期农耕研学营招生简章（每期40个名额）- 稻花香研学</title><script src="/js/kefu-float.js"></script></head><body>
<div class="promo">⟦a 早鸟价立减200元，6月20日前报名有效⟧</div>
<div class="hd">⟦m 稻花香研学⟧ ⟦m 让孩子在田野里长大⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 研学课程⟧</a> <a>⟦m 营地介绍⟧</a> <a>⟦m 家长口碑⟧</a></nav></div>
<h1>{T}</h1>
<div class="meta">⟦m 分类：暑期营　浏览 2210⟧</div>
<div class="brochure">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线 · 点我咨询⟧</div>
<div class="join">⟦m 全国加盟热线：400-655-7306⟧</div>
<div class="foot">⟦m 阆湾稻花香研学教育咨询有限公司⟧ ⟦m 湘ICP备23010478号⟧</div>
</body></html>
""",
        body="""
想让孩子知道米饭从哪里来吗？稻花香研学今年暑假在阆湾县甿口乡稻作基地开设“小小插秧手”农耕研学营，带孩子们下田拔秧、插秧，体验一回真正的农事。
⟦m 图：去年的营员在秧田里学骑秧马⟧
一、招收对象：8至12周岁儿童，每期40人。
二、活动内容：认识秧马、秧盆等传统农具，跟着老农学骑秧马拔秧；分组插秧比赛；田间观察稻田里的小动物；制作稻草手工。
三、活动时间：每期三天两晚，第一期7月8日至10日，第二期7月15日至17日。
四、费用：每人1680元，含食宿、保险、研学手册和专业带队老师。
五、报名方式：请拨打报名电话0745-7221306，或到稻花香研学甿口基地现场报名。
""",
    ),
    dict(
        slug="training-niqu-pottery-spoon-class-oneline",
        site="泥趣陶艺工作室 (invented pottery school, text page)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.niqu-taoyi.example.cn/kecheng/ciqiao.html",
        title="亲手做一把瓷勺——周末陶艺体验课",
        record_title="【亲子可报】亲手做一把瓷勺——周末陶艺体验课 - 泥趣陶艺工作室",
        date=None,
        notes="a pottery class brochure with the whole body on one line (paragraphs only apart by their indent); a "
        "WeChat booking line and an address under it; no date",
        page="""
!m 泥趣陶艺工作室
!m 首页 · 课程 · 作品墙 · 到店指南
!t 【亲子可报】亲手做一把瓷勺——周末陶艺体验课
!m 课程顾问：小满老师　　浏览 873
{BODY}
!w 预约试课加微信 niqu_taoyi（备注“瓷勺”）
!a 立即预约　　分享给朋友
!m 地址：垕州市塥口区陶都大道二段17号　　营业时间 10:00—21:00
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一把瓷勺，从一团泥开始。泥趣陶艺工作室本月推出周末陶艺体验课，带您亲手捏、修、上釉，做一把属于自己的瓷勺。
课程安排：第一次课练泥、捏制勺形，学会用刮片修出勺沿和勺柄；第二次课在素坯上用釉下彩料画花纹，再整体施透明釉。
作品由工作室统一入窑烧制，烧成温度1280℃，约两周后可到店领取，烧好的瓷勺可以放心盛汤盛饭。
上课时间：每周六、周日下午2:00—4:30，每班限8人，6岁以上孩子可由家长陪同参加。
费用：两次课共260元，含泥料、釉料和烧制费。
""",
    ),
    dict(
        slug="writingapp-bixia-host-script-threshing-contest",
        site="笔下生花 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixiashenghua.example.com/share/article/8830142",
        title="农民丰收节“禾桶打谷”趣味比赛主持词",
        record_title="农民丰收节“禾桶打谷”趣味比赛主持词（串词完整版）· 笔下生花",
        date="2025-09-18",
        notes="a writing app's H5 share with an open-app mask, a fold prompt between paragraphs, AI buttons and "
        "suggestions; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>农民丰收节“禾桶打谷”趣味比赛主持词（串词完整版）· 笔下生花</title><script src="/h5/js/openapp.js"></script></head><body>
<div class="app-mask">⟦a 打开笔下生花APP，查看全文并免费导出⟧ <button>⟦a 打开⟧</button></div>
<div class="h5-head">⟦m 笔下生花⟧ ⟦m 写材料的好帮手⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 主持词 · 节庆活动　发布时间：2025-09-18　1.1万人看过⟧</div>
<div class="h5-body">
{BODY}
</div>
<div class="ai-bar">⟦a ✨ AI改写这篇⟧ ⟦a 一键换场景⟧ ⟦a 复制全文⟧</div>
<div class="rec"><h4>⟦l 猜你想写⟧</h4><p>⟦l 丰收节文艺汇演主持稿⟧</p><p>⟦l 村晚开场白（乡村版）⟧</p></div>
<div class="h5-foot">⟦d 内容由用户创作或AI辅助生成，仅供参考⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位乡亲，大家上午好！
金秋九月，稻浪飘香。今天，我们相聚在甽川县畾坪镇上垄村的稻田边，举办农民丰收节“禾桶打谷”趣味比赛。
⟦a 剩余62%内容已折叠，点开笔下生花APP继续阅读⟧
下面介绍一下比赛规则：每队三人，围着一只禾桶打谷，十五分钟内打出的稻谷过秤计重，谷多者胜；稻草要捆好码齐，散落一地的要扣分。
现在，我宣布，比赛开始！
（比赛进行中）
乡亲们，打谷的“嘭嘭”声是不是特别熟悉？这只禾桶可是上垄村黄大顺老人家里的老物件，已经有五十多年了。
比赛结束！经过裁判组称重，上垄村“老把式队”以86斤的成绩获得第一名，让我们把掌声送给他们！
今天的比赛到此结束，祝大家丰收快乐，五谷丰登！
""",
    ),
    dict(
        slug="writingapp-kuaixie-summary-harvest-volunteers-oneline",
        site="材料快写 (invented writing app, text export)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://app.cailiaokuaixie.example.com/s/zj/20251026-5512",
        title="2025年秋粮收晒志愿服务队工作总结",
        record_title="2025年秋粮收晒志愿服务队工作总结（拿来就能改）- 材料快写",
        date="2025-10-24",
        notes="a writing app's share with the whole body on one line; a member copy lock and an AI-rewrite prompt "
        "above, export buttons below; '更新于昨天' is no date, the date under the signature is",
        page="""
!m 材料快写 · 写总结从没这么快
!t 2025年秋粮收晒志愿服务队工作总结（拿来就能改）
!m 热度 4.6万　|　收藏 812　|　更新于昨天
!a 🔓 复制全文需开通会员　｜　AI帮我改写
{BODY}
!a 下载到手机　·　导出Word
!l 相似范文：团委“三下乡”社会实践总结｜青年志愿者服务月活动总结
!d 本平台范文仅供参考，请结合实际修改使用
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
今年秋收期间，镇团委组织青年志愿者成立秋粮收晒志愿服务队，深入8个村开展帮收帮晒服务，现将工作总结如下。
一、主要工作。服务队共有队员46名，9月20日至10月18日，累计帮助缺劳力农户收割、晾晒稻谷310余亩。队员们在晒场上用谷耙摊谷、翻谷，傍晚帮着收谷入仓，遇到阵雨就分组抢收。
二、几点体会。一是服务要精准，提前摸清需要帮忙的农户名单；二是安全要放心上，统一配发手套、草帽和谷耙，不安排队员在公路边晒粮；三是要向老农学习，摊谷的厚薄、翻晒的时辰都有讲究。
三、下步打算。总结今年经验，把秋收服务纳入青年志愿服务常态化项目，明年扩大到全镇各村。
共青团堨头镇委员会
2025年10月24日
""",
    ),
    dict(
        slug="examforum-yizhan-shenlun-yangma-essay-jammer",
        site="一站上岸论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.yizhanshangan.example.com/thread-77120-1-1.html",
        title="一架秧马里的“省力”智慧",
        record_title="【申论自练】一架秧马里的“省力”智慧（第3篇）- 作文互评区 - 一站上岸论坛",
        date=None,
        notes="an exam forum with jammer fonts in the post, a reply-to-see prompt, a rating row and a QQ-group ad; the "
        "thread title carries a tag and a counter on either side; posted '5 天前' (no date)",
        page="""
<html><head><meta charset="utf-8">
<title>【申论自练】一架秧马里的“省力”智慧（第3篇）- 作文互评区 - 一站上岸论坛</title><style>.jammer{display:none}</style><script src="static/js/forum_viewthread.js"></script></head><body>
<div id="hd">⟦m 一站上岸论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 一站上岸论坛 › 申论专区 › 作文互评区⟧</div>
<h1>⟦m 【申论自练】⟧ <span id="thread_subject">{T}</span> ⟦m （第3篇）⟧</h1>
<div class="authi">⟦m 岸上见吧　发表于 5 天前　｜　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide-tip">⟦a 本帖有批改意见，回复后可见⟧</div>
<div class="rate">⟦l 评分：文笔 +3　立意 +2　共 7 人评分⟧</div>
<div class="rep">⟦l 2楼 申论小白：开头点题很快，学到了⟧</div>
<div class="ad">⟦w 申论批改交流群，QQ群：718306225⟧</div>
<div id="ft">⟦m 一站上岸论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
秧马是古人发明的拔秧农具，一块船形木板，让农人坐着就能在泥水里滑行。它没有改变拔秧这件事本身，却让农人的腰不再那么疼。这份“省力”的智慧，对今天的基层治理仍有启发。
省力，首先要找准“痛点”。秧马之所以能推广开来，是因为它解决了农人弯腰拔秧这一最真实的难处。基层工作也是如此，群众最费力的地方，往往就是改革最该发力的地方。
省力，还要因地制宜。烂泥田用宽底秧马，秧行密处用窄底秧马，同一件农具各地做法不同。政策落地同样不能一刀切，要给基层留出调整的空间。
省力，更要久久为功。秧马从出现到普及，靠的是一代代农人的改良。为群众减负，也需要持续发力、不断完善。
从一架秧马出发，我们看到的，是把群众的冷暖放在心上的朴素情怀。
""",
    ),
    dict(
        slug="examforum-jiegouhua-interview-ladle-rack-junk",
        site="结构化面试吧 (invented exam forum, text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://tieba.jiegouhua-ms.example.com/p/99120453",
        title="食堂汤勺架被职工反映不卫生，你作为后勤负责人怎么处理",
        record_title="[结构化自测] 食堂汤勺架被职工反映不卫生，你作为后勤负责人怎么处理（自答一版，请指正）- 面试交流 - 结构化面试吧",
        date=None,
        notes="an exam forum's interview answer with anti-scraping junk; the poster's line with '6 天前' (no date); "
        "floor replies and a coaching WeChat ad under it",
        page="""
!m 结构化面试吧
!m 吧首页 > 面试交流
!t [结构化自测] 食堂汤勺架被职工反映不卫生，你作为后勤负责人怎么处理（自答一版，请指正）
!m 楼主：上岸去吃饭　　Lv.5　　6 天前
{BODY}
!l 回复(21)　　收藏　　只看楼主
!l 2楼 考官老孟：思路完整，但“首先其次”太模板了
!l 3楼 小岸：最后一点加得好
!a 登录后参与讨论
!w 面试一对一模拟，加微信 jgh_mianshi01
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：单位职工在意见箱里反映，食堂的汤勺架积满油污，汤勺挂得乱七八糟，很不卫生。领导让你负责处理，你怎么做？
我的作答：
首先，立即到食堂现场查看。如果情况属实，当天就组织人员清洗消毒汤勺架，把汤勺、漏勺分开挂好，先解决眼前的问题。
其次，查找原因。和食堂负责人、厨师沟通，弄清是设施不合理，还是清洁制度没落实。如果汤勺架没有接水盘、容易积油，就申请更换合适的款式。
再次，建立长效机制。完善食堂卫生制度，明确汤勺架每天清洁、每周消毒，由专人负责并登记，我定期抽查。
最后，及时反馈。在意见箱旁张贴处理情况，欢迎职工继续监督。
""",
    ),
]
